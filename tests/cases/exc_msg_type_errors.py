five = 5
none = None
text = 'str'
lst = [1, 2]
tests = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: 1 - 'a',
    lambda: [] + 1,
    lambda: 1.5 * 'x',
    lambda: {} * 2,
    lambda: five[0],
    lambda: none[0],
    lambda: none['k'],
    lambda: none(),
    lambda: text(),
    lambda: five(),
    lambda: len(five),
    lambda: len(none),
    lambda: -text,
    lambda: ~1.5,
    lambda: text < 1,
    lambda: lst[none],
    lambda: {}[[1]],
    lambda: 1 ** 'x',
    lambda: text.split(1),
    lambda: abs('x'),
    lambda: sum(['a', 'b']),
    lambda: iter(5),
    lambda: next([1]),
    lambda: (1, 2) + [3],
    lambda: 3 // 'a',
    lambda: 'abc' in 1,
    lambda: object() + object(),
    lambda: five.real(),
    lambda: sorted(5),
]
for t in tests:
    try:
        r = t()
        print('no error', type(r).__name__)
    except TypeError as e:
        print('TypeError:', e)
