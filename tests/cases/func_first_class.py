def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {'sq': square, 'cube': cube, 'neg': lambda x: -x}
for name, fn in ops.items():
    print(name, fn(3))
def apply_all(fns, v):
    return [f(v) for f in fns]
print(apply_all([square, cube, abs, str], -2))
f = square
print(f is square, f(9), square.__name__, f.__name__)
def returns_fn(kind):
    if kind == 'sq':
        return square
    return cube
print(returns_fn('sq')(4), returns_fn('x')(4))
print(callable(square), callable(5), callable(print), callable(int))
def doc():
    "a docstring"
    return 1
print(doc.__doc__, square.__doc__)
