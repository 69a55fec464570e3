cases = [
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b, c) for a, b, c in [(1, 2)]],
    lambda: [x for (x, y) in [1]],
    lambda: [a for a, b in ['abc']],
    lambda: [a for a, b in [[]]],
    lambda: [a for a, *b, c in [[1]]],
]
for fn in cases:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = range(10)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = None
except TypeError as e:
    print('TypeError:', e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print('ValueError:', e)
