d = {'a': 1, 'b': 2}
d.update({'b': 20, 'c': 30})
print(d)
d.update([('d', 4), ('a', 10)])
print(d)
d.update(e=5, a=0)
print(d)
d.update({})
d.update()
print(d)
d2 = dict(d)
d2.update(d2)
print(d2 == d)
try:
    d.update([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
