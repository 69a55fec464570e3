d = {'a': [1], 'b': 2}
c = d.copy()
c['b'] = 20
c['a'].append(9)
print(d, c)
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0), dict.fromkeys(range(3), 'v'))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
d.clear()
print(d, c)
