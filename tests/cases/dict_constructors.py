print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=True))
keys = ['one', 'two', 'three']
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
print(dict(zip('abc', range(10))))
print(dict([(1, 'a'), (1, 'b')]), dict(enumerate('xy')))
print(dict([['l', 1]]), dict((k, k * 2) for k in range(3)))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict(['ab', 'cde'])
except ValueError as e:
    print('ValueError:', e)
