print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((7, 8)), min('bca'), max('hello'))
print(max([1, 5, 3], key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None), max([1], default=5))
print(max(1, 2.5), min(-1, -1.0), max(True, 2), min([[2], [1, 5]]))
print(max(['ab', 'ac', 'ab'], key=lambda s: s[0]), min([(1, 'b'), (1, 'a')]))
pairs = [('x', 3), ('y', 1), ('z', 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(10), key=lambda v: v % 4), min({3: 'a', 1: 'b'}), max(2**70, 2**69))
for bad in [lambda: max([]), lambda: min(()), lambda: max(5), lambda: max(1, 'a'), lambda: max()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
