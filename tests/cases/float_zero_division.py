cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('1.0 % 0.0', lambda: 1.0 % 0.0),
    ('1 % 0.0', lambda: 1 % 0.0),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('2**100 // 0', lambda: 2**100 // 0),
    ('2**100 % 0', lambda: 2**100 % 0),
    ('2**100 / 0', lambda: 2**100 / 0),
    ('0.0 ** -1', lambda: 0.0 ** -1),
    ('True / False', lambda: True / False),
]
for name, fn in cases:
    try:
        fn()
        print(name, 'no error')
    except ZeroDivisionError as e:
        print(name, '->', type(e).__name__ + ':', e)
x = 5
try:
    x /= 0
except ArithmeticError as e:
    print('caught via ArithmeticError:', e, x)
try:
    x %= 0.0
except ZeroDivisionError as e:
    print(repr(e))
