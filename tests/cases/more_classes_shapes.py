import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def perimeter(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()
    __hash__ = None

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
    def __repr__(self):
        return "Square(%d)" % self.w

shapes = [Circle(1), Rect(3, 4), Square(2), Circle(0.5), Rect(1, 1)]
for s in shapes:
    print(s, s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Shape.count, Circle.count)
print(Square(3) == Rect(9, 1), Square(3) == 9, Square(2) != Rect(2, 2))
print(isinstance(Square(1), Rect), isinstance(Square(1), Shape), issubclass(Square, Circle))
print(Square.__mro__)
print(Square.__bases__, Rect.__base__, Shape.__name__, Square.__qualname__)
try:
    Shape("x").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    hash(Circle(2))
except TypeError as e:
    print("TypeError:", e)
print(type(Square(1)).__name__, Square(1).__class__.__name__)
print(hasattr(Circle(1), 'r'), hasattr(Circle(1), 'w'), getattr(Rect(1, 2), 'h'), getattr(Rect(1, 2), 'z', 'none'))
c = Circle(2)
c.color = 'red'
print(sorted(vars(c).items()))
print(c.__dict__['r'])
del c.color
print(hasattr(c, 'color'))
try:
    c.color
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, 'r', 10)
print(round(c.area(), 3))
delattr(c, 'r')
try:
    c.area()
except AttributeError as e:
    print("AttributeError:", e)
print(total := sum(s.area() for s in shapes))
print(f"{total:.4f}", f"{total:10.3e}", f"{total:,.1f}")
