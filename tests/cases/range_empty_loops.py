for r in (range(0), range(5, 5), range(5, 3), range(3, 5, -1), range(-3)):
    print(r, len(r), list(r), bool(r))
    for x in r:
        print('never')
total = 0
for i in range(1, 1001):
    total += i
print(total)
for i in range(3):
    for j in range(i):
        print(i, j)
i = 'unchanged'
for i in range(0):
    pass
print(i)
for i in range(4):
    pass
print(i)
r = range(3)
it = iter(r)
print(next(it), next(it), list(it))
