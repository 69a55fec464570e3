print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
r = range(0, 100, 5)
print(0 in r, 5 in r, 7 in r, 100 in r, 95 in r, -5 in r, 5.0 in r, 'x' in r)
print(r.index(25), r.count(25), r.count(26))
n = range(10, -10, -3)
print(10 in n, 7 in n, -8 in n, -9 in n, 9 in n)
try:
    r.index(3)
except ValueError as e:
    print('ValueError:', e)
print(sum(range(101)), sum(range(1, 10, 2)), max(range(7)), min(range(3, 9)))
