# functools.singledispatch and singledispatchmethod: registration by class, annotation and union; MRO dispatch.
from functools import singledispatch, singledispatchmethod
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
@singledispatch
def show(x):
    "Shows x."
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
@show.register(str)
@show.register(bytes)
def _(x):
    return f"text {x!r}"
def show_float(x): return f"float {x}"
show.register(float, show_float)
class A: pass
class B(A): pass
@show.register
def _(x: A): return "an A"
print(show(1), show(True), show([1, "a", 2.5]), show(b"x"), show(None), show(B()), show.__name__, show.__doc__)
print(show.dispatch(bool).__name__, show.dispatch(B)(0), sorted(c.__name__ for c in show.registry))
t(lambda: show())
t(lambda: show.register(5))
def noann(x): pass
try:
    show.register(noann)
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
def badann(x: 5): pass
t(lambda: show.register(badann))
@show.register
def _(x: dict | set): return "mapping or set"
print(show({}), show(set()))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"
    @fmt.register(str)
    def _(self, arg):
        return f"str {arg}"
f = Fmt()
print(f.fmt(1), f.fmt("s"), f.fmt(2.0))


def plain(self):
    return self


class C:
    pass


c = C()
print(plain.__get__(5)(), plain.__get__(None, C) is plain, plain.__class__.__name__, plain.__get__(c, C).__self__ is c)
try:
    plain.__get__(None)
except TypeError as e:
    print("TypeError", e)
