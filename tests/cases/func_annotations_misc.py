# Function annotations, __index__ conversions, slots without __dict__,
# property docs, closure cells, generator state, int.as_integer_ratio.
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]

print(f.__annotations__)
print((lambda x: x).__annotations__, f(1))

def g(x, y):
    pass

print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)

class C:
    def m(self, v: int) -> None:
        pass
    attr: str = "s"

print(C.m.__annotations__, C.__annotations__)

class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(list(range(Num(3))), list(range(Num(1), Num(7), Num(2))), "ab" * Num(2), Num(3) * [0], (1, 2) * Num(2))
print([10, 20, 30][Num(1)], hex(Num(255)), bin(Num(5)))

class Bad:
    def __index__(self):
        return "no"

for bad in [lambda: range(Bad()), lambda: range(1.5), lambda: "a" * 1.5]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class Slotted:
    __slots__ = ("a",)

s = Slotted()
s.a = 1
for attempt in [lambda: s.__dict__, lambda: setattr(s, "b", 2)]:
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)

class P:
    def get(self):
        "getter doc"
        return 1
    x = property(get, doc="explicit doc")
    y = property(get)

    @property
    def z(self):
        "z doc"
        return 3

print(P.x.__doc__, P.y.__doc__, P.z.__doc__, P.z.fget.__name__, P.z.fset, P().z)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

inc = counter()
inc()
inc()
print(inc.__closure__[0].cell_contents)

def gen():
    yield gen_obj.gi_running

gen_obj = gen()
print(gen_obj.gi_running, next(gen_obj), gen_obj.gi_running)
print((7).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio(), (2**70).as_integer_ratio())
