# `int | None` (types.UnionType) and `list[int]` (types.GenericAlias): reprs, equality, isinstance, annotations, subclassing.
import types
u = int | None; print(repr(u), u.__args__, type(u), int | int, (int|str) == (str|int), hash(int|str)==hash(str|int), int | str | None)
print(isinstance(3, int|str), isinstance(None, int|None), issubclass(bool, int|str), list[int] | None, int | list[int])
try: int | 'x'
except Exception as e: print(type(e).__name__, e)
try: None | None
except Exception as e: print(type(e).__name__, e)
import collections
class A: pass
print(A | None, collections.deque | int, (int | str) | (bytes | int))
try: isinstance(1, list[int] | str)
except Exception as e: print(type(e).__name__, e)
print(type(int|str).__module__, type(int|str).__name__)
try: hash(int | [])
except Exception as e: print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]([1, 2]), type(list[int]), list[int].__origin__, list[int].__args__)
try: int[str]
except Exception as e: print(type(e).__name__, e)
try: isinstance([], list[int])
except Exception as e: print(type(e).__name__, e)
class L(list[int]): pass
print(L.__mro__, L([1]))
def f(x: int | None = None, y: list[int] | dict[str, int] = None) -> str | None:
    return x
print(f(1), f.__annotations__)
print(isinstance(3, (int | None, str)), set[int] == set[int], frozenset[str], enumerate[str])
