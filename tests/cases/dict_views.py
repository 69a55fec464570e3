d = {'x': 1, 'y': 2, 'z': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), len(v), len(it), 'x' in k, 2 in v, ('y', 2) in it, ('y', 3) in it)
d['w'] = 4
print(list(k), list(v), list(it))
del d['x']
print(list(k), len(it))
for key, val in d.items():
    print(key, '->', val)
print(sorted(d.values()), sum(d.values()), max(d), min(d.items()))
print(list(reversed(d)), list(reversed(d.values())))
