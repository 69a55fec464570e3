vals = [1, 2, 3, 4, 5, 6]
sq = [y for x in vals if (y := x * x) > 10]
print(sq, y)
total = 0
running = [(total := total + v) for v in vals]
print(running, total)
def f():
    out = [last := c for c in 'abc']
    return out, last
print(f())
found = any((hit := v) > 3 for v in vals)
print(found, hit)
print({k: (z := k * 2) for k in range(3)}, z)
