# typing: subscripted hints print and compare like CPython's; annotations using them run.
import typing
import collections
from typing import *

T = TypeVar("T")
K = TypeVar("K", bound=int)
C = TypeVar("C", covariant=True)
hints = [List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str],
         Union[int], Union[int, int], Any, Callable, Callable[[int, str], bool], Callable[..., int],
         Tuple[int, ...], Tuple[()], Tuple, T, K, C, Optional[T], Iterable[int], Iterator,
         Generator[int, None, None], Sequence[str], Mapping[str, int], Set[int], FrozenSet[str],
         Type[int], List[T], Dict, Literal[1, "a"], ClassVar[int], Final[int], collections.deque[int],
         Deque[int], DefaultDict[str, int], Counter[str], Generic[T], NoReturn,
         Union[List[int], None], Optional[Union[int, str]], AnyStr, Dict[str, T][int], Union[int, str] | None]
for h in hints:
    print(repr(h))
print(List[int] == List[int], Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(hash(List[int]) == hash(List[int]), List[int] == List[str], {Dict[str, int]: 1}[Dict[str, int]])
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Union[int, str].__origin__, List.__origin__, T.__name__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int), typing.get_args(Callable[[int], str]))
print(cast(int, "x"), cast(List[str], [1]), TYPE_CHECKING)
try:
    List()
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)


def process(items: List[Dict[str, int]], flag: Optional[bool] = None) -> Tuple[int, ...]:
    total: int = 0
    for d in items:
        total += sum(d.values())
    return (total,)


print(process([{"a": 1}, {"b": 2}]))
Vector = List[float]
Matrix = List[Vector]


def scale(m: Matrix, k: float) -> Matrix:
    return [[k * v for v in row] for row in m]


print(scale([[1.0, 2.0]], 2), Matrix)
UserId = NewType("UserId", int)
print(UserId(5), UserId)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(3), f("ab"))
try:
    overload(lambda: 1)()
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])
print(List["Foo"], Optional["A"], Literal["a"], ForwardRef("x") == ForwardRef("x"), Dict[str, "Node"])
try:
    ForwardRef(1)
except TypeError as e:
    print("TypeError", e)
