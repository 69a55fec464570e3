d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d)
print(d.pop('zz', 'default'), d.pop('zz', None), d)
print(d.popitem(), d)
print(d.popitem(), d)
d['new'] = 5
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError:', e)
try:
    {}.pop(3)
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
