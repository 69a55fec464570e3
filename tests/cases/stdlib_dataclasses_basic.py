# @dataclass: generated __init__/__repr__/__eq__, defaults, field() options.
from dataclasses import dataclass, field, InitVar, KW_ONLY, MISSING


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Item:
    name: str
    price: float = 1.0
    tags: list = field(default_factory=list)


a = Item("a")
print(a, Item("b", 2.5, ["x"]))
print(a == Item("a"), a == Item("a", 2.0), a != Item("a"), a == ("a", 1.0, []))
print(Item.__eq__(a, 3))
a.tags.append("new")
print(a.tags, Item("c").tags)
attempt(lambda: Item())
attempt(lambda: Item(1, 2, 3, 4))
attempt(lambda: Item("a", colour=3))
attempt(lambda: Item("a", name="b"))
print(Item.__match_args__, Item.__doc__, Item.__hash__)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__eq__.__name__)
print(list(Item.__dataclass_fields__), Item.price)
print(Item.__dataclass_params__)


@dataclass()
class Opts:
    a: int = field(default=5, repr=False)
    b: int = field(default=6, init=False)
    c: list = field(default_factory=lambda: [1, 2], compare=False)
    d: dict = field(default_factory=dict, init=False, metadata={"unit": "m"})


o = Opts(1)
print(o, o.a, o.b, o.d, Opts(1, [9]) == Opts(1, [8]), Opts(2) == Opts(1))
print(Opts.__dataclass_fields__["d"].metadata, Opts.__dataclass_fields__["d"].metadata["unit"])
print(Opts.__doc__)
print(hasattr(Opts, "c"), Opts.a, Opts.b)


@dataclass
class Point:
    x: int
    y: int = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale
        self.y *= scale
        self.norm = abs(self.x) + abs(self.y)


p = Point(2, 3, scale=10)
print(p, p.norm, Point(1), Point.__match_args__, "scale" in Point.__dataclass_fields__)
print(Point.__dataclass_fields__["scale"].type, Point.__doc__)


@dataclass
class Conf:
    host: str
    _: KW_ONLY
    port: int = 80
    debug: bool = False


print(Conf("h"), Conf("h", port=1, debug=True), Conf.__match_args__)
attempt(lambda: Conf("h", 1))
print(Conf.__doc__)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
    c: int = field(kw_only=False, default=0)


print(K(a=1), K(5, a=1, b=3), K.__match_args__)
attempt(lambda: K())


@dataclass
class Selfish:
    self: int
    other: str = "o"


print(Selfish(self=3), Selfish(1, "x"))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)
attempt(lambda: Empty(1))


@dataclass(repr=False, eq=False)
class Plain:
    x: int


print(type(repr(Plain(1))).__name__, Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)
print(MISSING is not None, repr(Item.__dataclass_fields__["tags"].default_factory)[:15])
