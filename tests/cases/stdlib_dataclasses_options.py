# @dataclass options: order, frozen, unsafe_hash, hash rules, slots,
# inheritance, and the errors raised while processing the class.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "b")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) <= Version(1, 2, "x"))
print(Version(1) > Version(0, 5), Version(1, 0, "a") == Version(1, 0, "b"))
attempt(lambda: Version(1) < (1, 0))
print(Version.__lt__(Version(1), 5))


@dataclass(frozen=True)
class Frozen:
    x: int
    y: tuple = ()


f = Frozen(1, (2,))
print(f, hash(f) == hash(Frozen(1, (2,))), {f: "v"}[Frozen(1, (2,))])
attempt(lambda: setattr(f, "x", 5))
attempt(lambda: setattr(f, "z", 5))
attempt(lambda: delattr(f, "x"))
print(isinstance(FrozenInstanceError(), AttributeError), f.x)
try:
    f.x = 3
except FrozenInstanceError as e:
    print("caught", e)


@dataclass(frozen=True)
class Frozen3(Frozen):
    z: int = 9


print(Frozen3(1), Frozen3(1) == Frozen(1), hash(Frozen3(1, (), 2)) == hash((1, (), 2)))


@dataclass
class Mutable:
    x: int


print(Mutable.__hash__)
attempt(lambda: hash(Mutable(1)))


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: list = field(default_factory=list, hash=False)
    z: int = field(default=0, compare=False)


print(hash(Hashed(1, [1])) == hash((1,)), hash(Hashed(2, z=5)) == hash((2,)))


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq.__hash__ is object.__hash__, NoEq(1) == NoEq(1))


@dataclass
class OwnHash:
    x: int

    def __hash__(self):
        return 42


print(hash(OwnHash(3)))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 0.5
    a: int = 7


print(Derived(), Derived(1, "x", 2.0), Derived.__match_args__, [n for n in Derived.__dataclass_fields__])


class NotDC(Base):
    extra = 1


@dataclass
class Third(NotDC):
    d: int = 4


print(Third(1), Third.__doc__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
attempt(lambda: setattr(s, "z", 1))


def define(**kw):
    def make(body):
        try:
            ns = {"kw": kw}
            exec("from dataclasses import *\n@dataclass(**kw)\nclass C:\n" + body, ns)
            print("ok", ns["C"].__name__)
        except Exception as e:
            print(type(e).__name__, e)
    return make


define()("    x: int = 0\n    y: int\n")
define()("    x: list = []\n")
define()("    x: dict = {}\n")
define()("    x: set = set()\n")
define()("    x = field(default=1)\n")
define(order=True, eq=False)("    x: int\n")
define(order=True)("    x: int\n    def __lt__(self, o): return 1\n")
define(unsafe_hash=True)("    x: int\n    def __hash__(self): return 1\n")
define(frozen=True)("    x: int\n    def __setattr__(self, n, v): pass\n")
define()("    _: KW_ONLY\n    a: int\n    b: KW_ONLY\n")
define()("    x: int = field(default=1, default_factory=int)\n")
define(slots=True)("    __slots__ = ('x',)\n    x: int\n")
define(weakref_slot=True)("    x: int\n")
define(frozen=True)("    x: tuple = ()\n")
attempt(lambda: dataclass(frozen=True)(type("D", (Base,), {"__annotations__": {}})))
FB = dataclass(frozen=True)(type("FB", (), {"__annotations__": {"q": int}}))
attempt(lambda: dataclass(type("D", (FB,), {"__annotations__": {}})))
