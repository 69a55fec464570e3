def risky(i):
    if i == 7777:
        raise ValueError(f'bad {i}')
    return i % 7
total = 0
for i in range(10000):
    try:
        total += risky(i)
    except ValueError as e:
        print('caught', e, 'at total', total)
print(total)
errors = 0
ok = 0
for i in range(10000):
    try:
        ok += 100 // (i % 50)
    except ZeroDivisionError:
        errors += 1
print(ok, errors)
d = {i: i for i in range(0, 10000, 2)}
missing = 0
for i in range(10000):
    try:
        d[i]
    except KeyError:
        missing += 1
    finally:
        pass
print(missing)
def deep_raise(n):
    if n == 0:
        raise IndexError('deep')
    return deep_raise(n - 1)
c = 0
for i in range(2000):
    try:
        deep_raise(5)
    except IndexError:
        c += 1
print(c)
