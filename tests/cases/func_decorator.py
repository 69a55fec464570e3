def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper() + '!'
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'))
calls = []
def trace(fn):
    def wrapper(*a):
        calls.append(fn.__name__)
        print('calling', fn.__name__, a)
        r = fn(*a)
        print('returned', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(10, -1)
print(calls, add.__name__)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
reg = {}
@register(reg)
def alpha():
    return 'A'
@register(reg)
def beta():
    return 'B'
print(list(reg), reg['beta']())
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
