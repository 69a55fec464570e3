class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
a = A()
for name in ['y', 'missing_method']:
    try:
        getattr(a, name)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    a.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    A.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    a.nope()
except AttributeError as e:
    print('AttributeError:', e)
try:
    (1).foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].push(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {}.has_key('x')
except AttributeError as e:
    print('AttributeError:', e)
try:
    del a.x
    a.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    (1).real = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    'abc'.upper = None
except AttributeError as e:
    print('AttributeError:', e)
class G:
    def __getattr__(self, name):
        return 'generated ' + name
    real = 'real'
g = G()
print(g.real, g.anything, getattr(g, 'other'))
