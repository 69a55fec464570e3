def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(n):
    return 'hi ' + n
print(greet('bo'))
def prefix(p, sep=': '):
    def deco(fn):
        def wrapper(*a, **k):
            return p + sep + str(fn(*a, **k))
        return wrapper
    return deco
@prefix('LOG')
def compute(x, y=1):
    return x * y
@prefix('ERR', sep=' | ')
def fail():
    return 'bad'
print(compute(6, y=7), fail())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib(200))
