# Under `from __future__ import annotations` module and class annotations are recorded as strings, never evaluated.
from __future__ import annotations

from typing import NamedTuple, List

x: UndefinedType = 1
y: List[int]
z: Dict[str, Tuple[int, ...]] = {}
print(__annotations__, x, z)


class Node:
    value: int
    children: List[Node] = []
    parent: Optional[Node] = None

    def walk(self) -> Iterator[Node]:
        yield self


print(Node.__annotations__, Node.children, list(Node().walk())[0].parent)


class Point(NamedTuple):
    x: int
    y: Later = 0


p = Point(1)
print(p, Point._fields, Point.__annotations__)


def f(a: Nope) -> AlsoNope:
    local: Whatever = a
    return local


print(f(3))
print(f.__annotations__)


def g(a: List[int], *rest: Undefined, k: "quoted" = 1, **kw: dict[str, int]) -> None:
    pass


print(g.__annotations__)
