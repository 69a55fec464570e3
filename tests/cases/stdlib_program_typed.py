# A typed program: Generic trees, Protocol bounds, overloads, NamedTuple, Callable aliases, annotations everywhere.
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Mapping, Optional,
                    Sequence, Set, Tuple, TypeVar, Union, TYPE_CHECKING, cast, overload, NamedTuple, Protocol)
import typing
import functools
import collections

if TYPE_CHECKING:
    from nowhere import Missing

T = TypeVar("T")
N = TypeVar("N", int, float)
Num = Union[int, float]


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


CT = TypeVar("CT", bound=Comparable)


def argmax(xs: Sequence[CT]) -> int:
    best = 0
    for i, x in enumerate(xs):
        if xs[best] < x:
            best = i
    return best


class Tree(Generic[T]):
    def __init__(self, value: T, children: Optional[List["Tree[T]"]] = None) -> None:
        self.value = value
        self.children: List[Tree[T]] = children or []

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()

    def map(self, f: Callable[[T], Any]) -> "Tree[Any]":
        return Tree(f(self.value), [c.map(f) for c in self.children])


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()), list(t.map(lambda v: v * 10).walk()), argmax([3, 9, 2]), argmax("abzc"))
print(Tree.__mro__[1:], Tree[int].__origin__ is Tree, typing.get_args(Tree[str]))


def total(xs: Iterable[Num]) -> Num:
    return functools.reduce(lambda a, b: a + b, xs, 0)


print(total([1, 2.5]), total.__annotations__)


class Inventory:
    items: Dict[str, int]

    def __init__(self) -> None:
        self.items = collections.defaultdict(int)

    def add(self, name: str, qty: int = 1) -> "Inventory":
        self.items[name] += qty
        return self

    def report(self) -> List[Tuple[str, int]]:
        return sorted(self.items.items(), key=lambda kv: (-kv[1], kv[0]))


inv = Inventory().add("apple", 3).add("pear").add("apple")
print(inv.report(), Inventory.__annotations__, Inventory.add.__annotations__)


@overload
def first(x: str) -> str: ...
@overload
def first(x: List[T]) -> T: ...
def first(x):
    return x[0]


print(first("hey"), first([7, 8]))
Handler = Callable[[str], Optional[str]]
registry: Dict[str, Handler] = {}


def register(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        registry[name] = fn
        return fn
    return deco


@register("upper")
def up(s: str) -> Optional[str]:
    return s.upper() or None


print(registry["upper"]("abc"), list(registry), Handler)


class Coord(NamedTuple):
    lat: float
    lon: float = 0.0

    @property
    def pair(self) -> Tuple[float, float]:
        return (self.lat, self.lon)


c = Coord(1.5)
print(c, c.pair, c._replace(lon=2.0), Coord._field_defaults, sorted([Coord(2, 1), Coord(1, 5)]))
value: Any = cast(Dict[str, int], {"a": 1})
print(value, typing.Optional[Dict[str, Set[int]]], Mapping[str, Union[int, None]])
cache: Dict[Tuple[int, int], int] = {}


def grid_paths(r: int, c: int) -> int:
    if (r, c) in cache:
        return cache[(r, c)]
    res = 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
    cache[(r, c)] = res
    return res


print(grid_paths(16, 16), len(cache))
print(isinstance(c, tuple), isinstance(3, Num) if hasattr(Num, "__args__") else None, int | str | None)
