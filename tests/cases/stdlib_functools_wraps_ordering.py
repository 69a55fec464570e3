# functools.wraps/update_wrapper, total_ordering, cmp_to_key, cached_property.
import functools
from functools import wraps, total_ordering, cmp_to_key, cached_property


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner


def documented(x):
    "Doubles x."
    return 2 * x


documented.extra = 1
d = deco(documented)
print(d(4), d.__name__, d.__doc__, d.__qualname__, d.__module__, d.__wrapped__ is documented, d.extra)


def plain():
    pass


plain.tag = "T"
w = functools.update_wrapper(lambda: 1, plain)
print(w.__name__, w.tag, w.__wrapped__ is plain, w())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v if isinstance(o, V) else NotImplemented

    def __lt__(self, o):
        return self.v < o.v if isinstance(o, V) else NotImplemented

    def __repr__(self):
        return f"V({self.v})"


a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), sorted([V(3), V(1), V(2)]), max(a, b))
t(lambda: a > 5)
print(V.__gt__.__name__)


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2), G(2) < G(2))
t(lambda: total_ordering(type("X", (), {})))


def cmp(x, y):
    return (x > y) - (x < y)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4), k(3) > k(4), k(5).obj)
t(lambda: k(1) < 5)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, c.__dict__["area"], type(Circle.area).__name__)
c.area = 0
print(c.area)
del c.area
print(c.area)
t(lambda: hash(k(1)))
t(lambda: functools.partial(len) + 1)
