# typing: Generic, Protocol, NamedTuple (class and call forms), TypedDict.
from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, List, Optional, Iterator

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], Stack.__mro__, isinstance(s, Stack))


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


print(Pair[str, int], Pair("a", 1).v, Pair[str, int]("b", 2).k)


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s):
        self.s = s

    def area(self) -> float:
        return self.s ** 2


def total(shapes: List[Shape]) -> float:
    return sum(sh.area() for sh in shapes)


print(total([Sq(2), Sq(3)]), Shape.__name__)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f"<{self.x},{self.y}>"


p = Point(3, -4)
print(p, repr(p), p.norm1(), p._fields, p._field_defaults, Point.__annotations__)
print(p == (3, -4, None), p._replace(y=1), Point._make([1, 2, "a"]), p._asdict(), isinstance(p, tuple))
a, b, c = p
print(a, b, c, p[1], len(p), hash(p) == hash((3, -4, None)))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("ann", 1), Emp.__annotations__, Emp._fields)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Heat", year=1995)
print(m, type(m).__name__, Movie.__annotations__, m["year"])
Cfg = TypedDict("Cfg", {"debug": bool})
print(Cfg(debug=True), Cfg.__annotations__)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


print(list(gen(3)))
