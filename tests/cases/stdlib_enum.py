from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.GREEN), str(Color.BLUE), f"{Color.RED}", format(Color.RED, ">12"))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name, len(Color), list(Color))
print([m.name for m in Color], list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED in Color, hash(Color.RED) == hash(Color.CRIMSON))
print(type(Color.RED).__name__, isinstance(Color.RED, Color), repr(Color), type(Color).__name__)
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True))
print(list(reversed(Color)), Color.RED.__class__ is Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)

class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10
    HEXAGON = auto()
print(Shape.SQUARE, repr(Shape.SQUARE), Shape.SQUARE + 1, Shape.CIRCLE < Shape.SQUARE, Shape.HEXAGON.value, Shape(10))
print(Shape.SQUARE == 2, isinstance(Shape.SQUARE, int), sorted([Shape.TRIANGLE, Shape.CIRCLE]), f"{Shape.SQUARE:03d}", [1, 2, 3][Shape.CIRCLE])

class Animal(Enum):
    CAT = auto()
    DOG = auto()
print(list(Animal), Animal.DOG.value)

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"[{Mode.WRITE}]")

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), rw.value)
print(Perm(6) is rw, Perm.R & Perm.W, ~Perm.R, Perm(7))

class Level(IntFlag):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Level.LOW, Level.HIGH, Level.LOW | Level.HIGH, repr(Level.MID), Level.HIGH.value, Level.MID | 1)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Fruit = Enum("Fruit", "APPLE BANANA CHERRY")
print(list(Fruit), Fruit.BANANA.value, repr(Fruit.CHERRY))
Size = Enum("Size", [("S", 1), ("M", 5)])
print(Size.M, Size(1))

def check(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"
print([check(c) for c in Color])
