l = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(l.index(1), l.index(5), l.index(5, 5), l.index(5, 5, 9), l.count(5), l.count(7), l.count(1))
l.remove(1); print(l)
l.remove(5); print(l)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError:', e)
try:
    ['a'].index('b')
except ValueError as e:
    print('ValueError:', e)
print([1, 1.0, True].count(1), [[1], [1]].count([1]), ['a', 'b'].index('b'))
