# functools.reduce and functools.partial.
import functools
from functools import reduce, partial


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [], 7), reduce(lambda a, b: a + b, ["x"]), reduce(lambda a, b: a + b, iter("abc"), ">"))
t(lambda: reduce(lambda a, b: a, []))
t(lambda: reduce(lambda a, b: a, 5))
t(lambda: reduce(lambda a, b: a))
t(lambda: reduce(lambda a, b: a, [], 1, 2))
t(lambda: reduce(function=max, iterable=[1]))

p = partial(int, base=2)
print(p("101"), repr(p), p.func, p.args, p.keywords, p("11", base=10))


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


g = partial(f, 1, d=5)
print(g(2), g(2, 9, d=6), g.args, g.keywords, g.func is f)
h = partial(g, 7, c=8)
print(h(), h.func is f, h.args, h.keywords)
print(partial(f)(1, 2), partial(f, 1, 2, 3, d=0)())
t(lambda: partial(5))
t(lambda: partial())
t(lambda: g())


class MyPartial(partial):
    pass


print(repr(MyPartial(int, "1", base=2)), MyPartial(int, "7")())
print(repr(partial(max, 1, key=abs)), isinstance(p, partial), callable(p))
adders = [partial(lambda x, y: x + y, i) for i in range(3)]
print([a(10) for a in adders])
print(list(map(partial(pow, 2), range(5))))
print(sorted(["b", "A", "c"], key=partial(str.lower)))


class Cell:
    def __init__(self, v):
        self.v = v

    def add(self, n):
        return self.v + n

    plus_ten = functools.partialmethod(add, 10)


print(Cell(5).plus_ten())
