def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in [1, 2]:
    continue
else:
    print('else after continue-only loop', x)
