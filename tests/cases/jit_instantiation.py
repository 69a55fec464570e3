# Class(...) in compiled code: native code makes the object and calls a plain
# __init__ directly. Everything that changes which __init__ runs, or what a
# call of the class does, must still be seen.
import gc
import weakref


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    # Inherits nothing: its own __init__ calls the base's.
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Inherits(Point):
    pass


class ReturnsValue:
    def __init__(self, v):
        return v


class Raises:
    def __init__(self, n):
        if n % 50 == 49:
            raise ValueError("bad n %d" % n)
        self.n = n


class CustomNew:
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, v):
        self.v = v


def points(n):
    total = 0
    for i in range(n):
        p = Point(i, 2 * i)
        q = Point3(i, 1, 2)
        r = Inherits(1, i)
        total += p.x + p.y + q.z + r.y
    return total


def returns_value(n):
    errors = []
    for i in range(n):
        v = None if i % 100 else i
        try:
            ReturnsValue(v)
        except TypeError as e:
            errors.append(str(e))
    return errors


def raises(n):
    total = 0
    caught = 0
    for i in range(n):
        try:
            total += Raises(i).n
        except ValueError as e:
            caught += 1
            last = str(e)
    return total, caught, last


def custom_new(n):
    count = 0
    for i in range(n):
        c = CustomNew(i)
        count += c.made_by_new + (c.v == i)
    return count


def wrong_args(n):
    out = []
    for i in range(n):
        try:
            Point(i) if i == n - 1 else Point(i, i)
        except TypeError as e:
            out.append(str(e))
    return out


print(points(2000))
print(returns_value(300))
print(raises(500))
print(custom_new(500))
print(wrong_args(300))

# A class rebound after its callers were compiled.
OldPoint = Point


class Point:
    def __init__(self, x, y):
        self.x = -x
        self.y = -y


print(points(10))

# __init__ replaced on the class (and on a base) after compilation.
Point.__init__ = lambda self, x, y: setattr(self, "x", 0) or setattr(self, "y", 1)
print(points(10))
OldPoint.__init__ = lambda self, x, y: setattr(self, "x", 5) or setattr(self, "y", 5)
print(points(10))

# Objects made natively die when their last reference goes.
r = None
def make_weak(n):
    global r
    for i in range(n):
        o = Inherits(i, i)
        if i == n - 1:
            r = weakref.ref(o)
    return r() is not None


print(make_weak(300), r() is None)


# Deep recursion through __init__.
class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


try:
    Node(5000)
except RecursionError as e:
    print("RecursionError", e)
n = Node(200)
d = 0
while n is not None:
    d += 1
    n = n.child
print(d)
