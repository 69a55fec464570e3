print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y']), ' '.join([]), '-'.join(['solo']), repr(''.join([])))
print(', '.join(str(i) for i in range(5)))
print('|'.join('abc'))
print('\n'.join(['line1', 'line2']))
print('.'.join(('a', 'b')), '->'.join({'k1': 1, 'k2': 2}))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError:', e)
