d = {'a': 1, 2: 'two', (1, 2): 'tuple', None: 'none'}
del d['a']
print(d)
for key in ['x', 5, (3, 4), 'it\'s', 2.5, None]:
    try:
        print(d[key])
    except KeyError as e:
        print('KeyError:', e, '| repr:', repr(e), '| args:', e.args)
try:
    del d['gone']
except KeyError as e:
    print('KeyError:', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
try:
    d[{}]
except TypeError as e:
    print('TypeError:', e)
