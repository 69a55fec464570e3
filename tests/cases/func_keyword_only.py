def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key='k'))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    f(1)
except TypeError as e:
    print('TypeError:', e)
def g(*args, sep=' '):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep=','))
def h(*, only):
    return only
print(h(only=5))
try:
    h(5)
except TypeError as e:
    print('TypeError:', e)
def k(a, *, b, c):
    pass
try:
    k(1)
except TypeError as e:
    print('TypeError:', e)
