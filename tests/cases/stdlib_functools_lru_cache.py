# functools.lru_cache and functools.cache.
from functools import lru_cache, cache


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[1], type(info).__name__)


@lru_cache
def sq(x):
    "Squares."
    return x * x


print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__name__, sq.__doc__, sq.__wrapped__(5))
calls = []


@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x


for x in [1, 2, 1, 3, 2, 1, 1]:
    ident(x)
print(calls, ident.cache_info(), ident.cache_parameters())


@lru_cache(maxsize=0)
def z(x):
    return x


z(1)
z(1)
print(z.cache_info(), lru_cache(maxsize=-5)(len).cache_parameters())
t(lambda: lru_cache("x"))
t(lambda: sq([1]))


@cache
def kw(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
print(kw(1), kw(1, b=2), kw(1, b=2), kw(a=1), kw(1), kw.cache_info(), calls)


@lru_cache(maxsize=128, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


class Grid:
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


print(Grid().paths(10, 10))


@lru_cache(maxsize=3)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print([collatz(n) for n in range(1, 15)], collatz.cache_info().currsize)
