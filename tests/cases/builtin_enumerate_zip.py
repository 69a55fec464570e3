for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], 1)), list(enumerate('ab', start=-1)), list(enumerate([])))
e = enumerate('hi')
print(next(e), next(e), next(e, 'stop'))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('a', 'b', 'c')))
print(list(zip(range(5), range(10, 0, -1), 'xyz')))
names = ['a', 'b']
vals = [1, 2, 3]
print(dict(zip(names, vals)))
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b)
for n, v in zip(names, vals):
    print(n, v)
z = zip([1, 2], [3, 4])
print(next(z), list(z))
