# Explicit calls of the operator slot wrappers of the built-in types.
class MyInt(int):
    def __add__(self, o):
        return MyInt(int.__add__(self, o))
    def __repr__(self):
        return f"MyInt({int(self)})"

a = MyInt(3)
print(a + 4, type(a + 4).__name__, a - 1, -a, abs(MyInt(-2)), round(MyInt(7)), a.__mul__(2), a.__rsub__(10))
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.5, 2), int.__lt__(1, 2), int.__eq__(1, 1.0), float.__eq__(1.0, 1))
print((5).__truediv__(2), (5).__floordiv__(2), (7).__divmod__(2), (7).__rdivmod__(20), (2).__pow__(10, 1000), (2).__rpow__(3))
print((3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__(), (3.14159).__round__(2), (2.5).__round__(), (15).__round__(-1))
print((True).__and__(False), (True).__add__(True), True.__or__(1), (5).__index__(), (5).__bool__(), (0.0).__bool__(), (3).__float__(), (3.9).__int__())
print((-5).__neg__(), (5).__invert__(), (-2.5).__abs__(), (4).__pos__(), (6).__and__(3), (6).__xor__(3), (1).__lshift__(4), (256).__rshift__(2))
print(int.__format__(5, "03"), float.__format__(1.5, "e"), str.__format__("a", ">3"), format(MyInt(5), "03"), f"{MyInt(5):>4}", f"{MyInt(5)}")

class L(list):
    def __add__(self, o):
        return L(list.__add__(self, o))
    def __iadd__(self, o):
        print("iadd", o)
        return list.__iadd__(self, o)

l = L([1])
print(l + [2], type(l + [2]).__name__)
l += [3]
print(l, type(l).__name__)
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), [1].__mul__(2), (1,).__rmul__(3), (1, 2).__add__((3,)))
print({1}.__or__({2}), {1, 2}.__and__({2}), {1, 2}.__sub__({2}), {1}.__xor__({2}), {1: 2}.__or__({3: 4}), frozenset([1]).__and__({1}))
s = {1}
print(s.__ior__({5}) is s, s, list([3, 1, 2].__reversed__()), list({"a": 1, "b": 2}.__reversed__()))
d = {"a": 1}
print(d.__ior__({"b": 2}) is d, d)
for bad in [lambda: "a".__add__(1), lambda: [].__add__(()), lambda: [].__mul__("x"), lambda: int.__add__("a", 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(int.__add__(1, "a"), {1}.__or__([1]), object.__lt__(1, 2), float.__lt__(1.0, "x"))

class F(float):
    pass

print(F(1.5) + 1, F(2.5).__round__(), float.__round__(2.5), round(F(2.675), 2), int.__round__(25, -1))
print([n for n in ("__radd__", "__rand__", "__rdivmod__", "__rpow__") if n in dir(int)], "__add__" in dir(float), "__iadd__" in dir(list))

class Wrapped:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

# Ordering helpers compare against object's defaults.
print(Wrapped.__le__ is object.__le__, Wrapped.__lt__ is object.__lt__, object.__ge__(1, 2))
