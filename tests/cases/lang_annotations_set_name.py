# Annotations in module and class bodies are evaluated and recorded; __set_name__ runs at class creation.
from typing import List, Optional

x: int = 3
y: "Forward"
z: List[int]
print(__annotations__, x)


class P:
    a: int
    b: str = "s"
    c: Optional[List[int]] = None
    if True:
        d: float

    def m(self, v: int) -> str:
        w: NotDefinedAnywhere = 1
        return str(v + w)


print(P.__annotations__, P.b, P.c, P().m(1))
print(hasattr(P, "a"), "a" in P.__dict__)


class NoAnn:
    pass


print("__annotations__" in NoAnn.__dict__)
obj = P()
obj.attr: int = 5
print(obj.attr)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, inst, owner=None):
        return self if inst is None else f"<{self.name}>"


class Model:
    first = Field()
    second = Field()


print(Model().first, Model.second.name)
Dyn = type("Dyn", (), {"f": Field()})
print(Dyn().f)
try:
    bad: undefined_name = 1
except NameError as e:
    print("NameError", e)
