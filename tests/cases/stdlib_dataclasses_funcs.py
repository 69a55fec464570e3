# dataclasses helpers: fields, asdict, astuple, replace, is_dataclass,
# make_dataclass; recursive reprs.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar
from collections import namedtuple, OrderedDict


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Inner:
    v: int
    w: list = field(default_factory=list)


Pair = namedtuple("Pair", "a b")


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple = ()
    nt: Pair = None


o = Outer("o", Inner(1, [Inner(2)]), [Inner(3), (Inner(4),)], {"k": Inner(5), Inner(6).v: [1]}, (1, Inner(7)), Pair(Inner(8), 2))
print(asdict(o))
print(astuple(o))
d = asdict(o)
print(d["items"][0] is not o.items[0], type(d["nt"]).__name__, d["nt"])
print(asdict(Inner(1, [2]), dict_factory=OrderedDict))
print(astuple(Inner(1, [2]), tuple_factory=list))
print(asdict(Inner(1)) == {"v": 1, "w": []}, o.inner.w[0].w is not asdict(o)["inner"]["w"][0]["w"])
attempt(lambda: asdict(Inner))
attempt(lambda: asdict(5))
attempt(lambda: astuple([1]))

print([f.name for f in fields(Outer)], [f.name for f in fields(o)])
print(fields(Inner)[1].default_factory is list, fields(Inner)[0].type, fields(Inner)[0].init, fields(Inner)[0].hash)
attempt(lambda: fields(int))
attempt(lambda: fields(3))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(3), is_dataclass(int), is_dataclass(Pair(1, 2)))


@dataclass
class Rec:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = 5

    def __post_init__(self, c):
        self.b = self.a * c


r = Rec(2)
print(r, replace(r, a=3), replace(r, a=1, c=10))
attempt(lambda: replace(r, b=1))
attempt(lambda: replace(r, z=1))
attempt(lambda: replace(Rec, a=1))


@dataclass
class NeedsInit:
    a: int
    k: InitVar[int]

    def __post_init__(self, k):
        pass


attempt(lambda: replace(NeedsInit(1, 2), a=3))
print(replace(NeedsInit(1, 2), k=3))

C = make_dataclass("C", ["x", ("y", int), ("z", list, field(default_factory=list))], namespace={"total": lambda self: self.x + self.y})
c = C(1, 2)
print(c, c.total(), C.__annotations__, C.__module__, C.__qualname__, C.__match_args__)
F = make_dataclass("F", [("a", int, 0)], bases=(Inner,), frozen=False, order=True)
print(F(1, [], 2), F(1, [], 2) < F(1, [], 3), [f.name for f in fields(F)])
attempt(lambda: make_dataclass("X", ["a", "a"]))
attempt(lambda: make_dataclass("X", ["1a"]))
attempt(lambda: make_dataclass("X", ["class"]))
attempt(lambda: make_dataclass("X", [("a", int, 3, 4)]))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
child.children.append(root)
print(root)
print(repr(Node(3, [Node(4)])))
