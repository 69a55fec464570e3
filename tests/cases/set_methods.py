a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference([1], [2]))
c = set(a)
c.update([10, 11]); print(c)
c.intersection_update(range(5)); print(c)
c.difference_update({1}); print(c)
c.symmetric_difference_update({2, 50}); print(c)
print(a.isdisjoint({9}), a.isdisjoint(b))
print(a, b)
