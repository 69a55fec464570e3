# Attribute loads, stores and method calls whose receivers are of several
# classes (or shapes): compiled code checks each state the inline cache saw
# and calls each method directly; the rest takes the generic path.


class Shape:
    def __init__(self, k):
        self.k = k


class Square(Shape):
    def area(self):
        return self.k * self.k

    def scale(self, f):
        self.k = self.k * f
        return self


class Circle(Shape):
    def area(self):
        return 3 * self.k * self.k

    def scale(self, f):
        self.k = self.k * f * 1.0
        return self


class Tri(Shape):
    def __init__(self, k):
        self.extra = 0
        self.k = k

    def area(self):
        return self.k * self.k // 2

    def scale(self, f):
        self.extra += 1
        self.k = self.k + f
        return self


class Hex(Shape):
    def area(self):
        return 6 * self.k


class Oct(Shape):
    def area(self):
        return 8 * self.k


class Odd(Shape):
    def __init__(self, k):
        self.k = k
        # A function attribute on the instance: no self.
        self.area = lambda: -1


def total_area(shapes, rounds):
    t = 0
    for _ in range(rounds):
        for s in shapes:
            t += s.area() + s.k
    return t


def rescale(shapes, rounds):
    for _ in range(rounds):
        for s in shapes:
            s.scale(1)
            s.k = s.k - 0
    return [s.k for s in shapes]


two = [Square(2), Circle(3)]
four = [Square(2), Circle(3), Tri(4), Hex(5)]
many = [Square(2), Circle(3), Tri(4), Hex(5), Oct(6), Odd(7)]
print(total_area(two, 300))
print(total_area(four, 300))
print(total_area(many, 300))
print(rescale([Square(2), Circle(3), Tri(4)], 200))

# A method redefined on one class after the sites were compiled.
Circle.area = lambda self: 1000
print(total_area(four, 3))
# A new class at a site compiled for others.


class Penta(Shape):
    def area(self):
        return 5


print(total_area([Penta(1), Square(1)], 3))

# Different shapes of one class: attributes added in different orders.


class P:
    pass


def make(i):
    p = P()
    if i % 3 == 0:
        p.a = i
        p.b = 1
    elif i % 3 == 1:
        p.b = 1
        p.a = i
    else:
        p.c = 0
        p.a = i
        p.b = 2
    return p


def sum_ab(ps, rounds):
    t = 0
    for _ in range(rounds):
        for p in ps:
            t += p.a * p.b
            p.b = p.b
    return t


ps = [make(i) for i in range(9)]
print(sum_ab(ps, 300))
del ps[0].b
try:
    sum_ab(ps, 1)
except AttributeError as e:
    print("AttributeError", e)
