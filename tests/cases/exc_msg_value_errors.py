tests = [
    lambda: int('x'),
    lambda: int('12.5'),
    lambda: int('1e3'),
    lambda: float('x1'),
    lambda: [1, 2].index(3),
    lambda: 'abc'.index('z'),
    lambda: [].remove(0),
    lambda: range(1, 2, 0),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: 'x'.split(''),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: int('ff', 99),
    lambda: (1, 2).index(5),
]
for t in tests:
    try:
        t()
    except ValueError as e:
        print('ValueError:', e)
a = [1, 2, 3]
try:
    x, y = a
except ValueError as e:
    print('ValueError:', e)
try:
    x, y, z, w = a
except ValueError as e:
    print('ValueError:', e)
try:
    x, y = 'a'
except ValueError as e:
    print('ValueError:', e)
