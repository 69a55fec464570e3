def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1), type(f()).__name__)
def g(x, **options):
    for k, v in options.items():
        print(' ', x, k, v)
    return len(options)
print(g('one', color='red', size=3))
def h(a, b=0, **kw):
    return a, b, kw
print(h(1, c=3), h(1, 2, d=4), h(b=5, a=6, z=7))
opts = {'sep': '-', 'end': '!\n'}
print('x', 'y', **opts)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
