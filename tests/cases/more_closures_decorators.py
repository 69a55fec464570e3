import time

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(get2(), inc2(), get())

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), fib.__name__)

calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, args, tuple(sorted(kwargs.items()))))
        result = fn(*args, **kwargs)
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco

@trace
@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"
print(greet("bob"), greet("al", punct="?"))
print(calls)

def validate_positive(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{fn.__name__} got negative {x}")
        return fn(x)
    return wrapper

@validate_positive
def root(x):
    return x ** 0.5
print(root(16))
try:
    root(-4)
except ValueError as e:
    print(e)

adders = [lambda x, i=i: x + i for i in range(4)]
print([a(10) for a in adders])
late = [lambda: i for i in range(4)]
print([f() for f in late])

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
h = compose(str, lambda x: x * 2, abs)
print(repr(h(-21)))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, callable(add), callable(5))

def timer(fn):
    def wrapper(*args):
        t0 = time.perf_counter()
        r = fn(*args)
        elapsed = time.perf_counter() - t0
        return r, elapsed >= 0
    return wrapper
@timer
def slow_sum(n):
    return sum(range(n))
print(slow_sum(10000))

def partial(fn, *pargs, **pkw):
    def p(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return p
def power(base, exp=2, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(9), cube_mod(5), partial(power, 2)(10))

def counter_gen():
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return n
    return nxt
c = counter_gen()
print([c() for _ in range(5)])
print(fib.__closure__ is not None, add.fn.__name__, (lambda: 0).__name__)
def f_defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f_defaults(1, c=3), f_defaults(1, 2, 3, 4, c=5, e=6))
print(f_defaults.__defaults__, f_defaults.__kwdefaults__, f_defaults.__code__.co_argcount if hasattr(f_defaults, '__code__') else 2)
