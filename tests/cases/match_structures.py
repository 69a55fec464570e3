# match: sequence, mapping and class patterns.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
    return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), "ab", b"ab", {1: 2}, {1, 2}, 7, [[1, 2], [3]]]:
    print(repr(v), "->", seq(v))

match (1, [2, 3], {"k": (4, 5)}):
    case (a, [b, c], {"k": (d, e)}):
        print("nested", a, b, c, d, e)

match [1, 2, 3, 4]:
    case [1, *_]:
        print("starts with 1")
match [1, 2, 3, 4]:
    case [*rest, 4]:
        print("ends with 4, rest", rest)
match (1, 2):
    case [a, b]:
        print("tuple matched by list pattern", a, b)

def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest {rest}"
        case {1: one}:
            return f"int key {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 3, "color": "red", "z": 1},
          {"type": "circle"}, {1: "uno", 2: "dos"}, {}, {"a": 1}, [("type", "point")], "type"]:
    print(v, "->", mapping(v))

class D(dict):
    def __missing__(self, key):
        return "missing"
match D(a=1):
    case {"b": _}:
        print("__missing__ must not be used")
    case {"a": v}:
        print("dict subclass", v)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def shape(v):
    match v:
        case Point3(0, 0, 0):
            return "origin3"
        case Point3(x, y, z=0):
            return f"flat3 {x} {y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() | bytes():
            return "text"
        case list([a, b]):
            return f"list of two {a} {b}"
        case dict(d):
            return f"dict {d}"
        case object(missing=m):
            return "has missing?"
        case _:
            return "unknown"

for v in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), 4, 2.5, True, "s", b"b", [1, 2], [1], {"k": 1}, None]:
    print(type(v).__name__, "->", shape(v))

class NoArgs:
    pass
match NoArgs():
    case NoArgs():
        print("instance of NoArgs")

# Errors raised while matching.
def attempt(subject, which):
    try:
        if which == 1:
            match subject:
                case Point(a, b, c):
                    pass
        elif which == 2:
            match subject:
                case len():
                    pass
        elif which == 3:
            match subject:
                case Point(a, x=b):
                    pass
        elif which == 4:
            match subject:
                case int(a, b):
                    pass
        else:
            match subject:
                case {"a": 1, "b": 2}:
                    print("mapping ok")
        print("no error", which)
    except TypeError as e:
        print("TypeError:", e)

for which in range(1, 6):
    attempt({"a": 1, "b": 2} if which == 5 else 5 if which == 4 else Point(1, 2), which)

class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)
