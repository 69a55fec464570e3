class O:
    a = 1
    def __init__(self):
        self.b = 2
o = O()
print(hasattr(o, 'a'), hasattr(o, 'b'), hasattr(o, 'c'), hasattr(O, 'b'), hasattr('s', 'upper'))
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'default'), getattr(O, 'a'), getattr(o, 'c', None))
setattr(o, 'c', 3)
setattr(O, 'd', 4)
print(o.c, o.d, getattr(o, 'c'), O.d)
name = 'dyn'
setattr(o, name, [1])
print(o.dyn, getattr(o, 'dyn'))
delattr(o, 'c')
print(hasattr(o, 'c'))
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')())
try:
    getattr(o, 'zzz')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
