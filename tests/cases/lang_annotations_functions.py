# Function annotations are evaluated at def time into __annotations__; classes expose their own annotations.
def f(a: int, /, b: str, *c: "x", d: float = 1.0, **e: bool) -> None:
    pass


print(f.__annotations__)


def g(x, y=2):
    return x


print(g.__annotations__, g.__dict__, "__annotations__" in dir(g) or True)
g.__annotations__ = {"x": 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError", e)
lam = lambda x: x
print(lam.__annotations__)
order = []


def mark(v):
    order.append(v)
    return v


def h(p: mark("p") = mark("default"), *, q: mark("q") = 0) -> mark("ret"):
    return p


print(order, h.__annotations__, h())
try:
    def bad(x: undefined_annotation):
        pass
except NameError as e:
    print("NameError", e)
print("bad" in globals())


class A:
    x: int


class B(A):
    pass


class C(A):
    y: str


print(A.__annotations__, B.__annotations__, C.__annotations__, A().__annotations__)


class M:
    def method(self, v: "M") -> "M":
        return self


print(M.method.__annotations__, M().method.__annotations__)
import functools


@functools.wraps(f)
def wrapper(*args):
    pass


print(wrapper.__annotations__ is f.__annotations__)
