a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, b <= a, a.issubset(b), b.issuperset(a), a.issubset([1, 2]))
print(set() <= a, set() < set(), {1, 5} <= b, {1, 5} > {1})
