# typing: ParamSpec, TypeVarTuple, Annotated, TypeAlias, Concatenate, Required/NotRequired, Unpack, assert_never, reveal_type.
from typing import *
import typing
P = ParamSpec('P'); print(P, P.args, P.kwargs, P.__name__)
print(Annotated[int, 'meta'], Annotated[int, 'meta'].__metadata__, Annotated[int, 'm'].__origin__, Annotated[List[int], 1, 2])
print(TypeAlias, Concatenate[int, P], Callable[P, int], Callable[Concatenate[int, P], int])
print(Required[int], NotRequired[str], typing.Unpack, typing.assert_type(1, int))
Ts = TypeVarTuple('Ts'); print(Ts, Unpack[Ts])
try: assert_never(1)
except Exception as e: print(type(e).__name__, e)
print(is_typeddict(dict))
print(get_args(Callable[P, int]), Annotated[int, 'x'] == Annotated[int, 'x'], get_origin(Annotated[int, 'x']) is Annotated, get_args(Annotated[int, 'x']))
try: Annotated[int]
except Exception as e: print(type(e).__name__, e)
print(typing.reveal_type(5))
Vector: TypeAlias = List[float]
def scale(v: Annotated[Vector, "units"], k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 3), scale.__annotations__["v"], Never, Self)
class TD(TypedDict): a: int
print(is_typeddict(TD))
def deco(f: Callable[P, int]) -> Callable[P, str]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> str:
        return str(f(*args, **kwargs))
    return inner
@deco
def add(a: int, b: int) -> int: return a + b
print(add(2, 3))
