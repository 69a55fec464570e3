# Direct calls in compiled code bind keyword arguments and defaults at
# compile time; a changed __defaults__, a missing or duplicate argument, or
# a different callee take the generic call (and its errors).


def area(w, h=2, scale=1):
    return w * h * scale


class Box:
    def __init__(self, w, h=1, depth=1):
        self.v = w * h * depth

    def grow(self, by=1, times=1):
        self.v += by * times
        return self.v


def calls(n):
    t = 0
    for i in range(n):
        t += area(i)
        t += area(i, 3)
        t += area(i, scale=2)
        t += area(h=i, w=2)
        t += area(1, scale=i, h=1)
        b = Box(i, depth=2)
        t += b.v + b.grow() + b.grow(times=2) + b.grow(3, times=i % 3)
    return t


def errors(n):
    out = []
    for i in range(n):
        try:
            if i == n - 1:
                area(1, w=2)
            elif i == n - 2:
                area(h=3)
            elif i == n - 3:
                area(1, depth=3)
            else:
                area(i, h=1)
        except TypeError as e:
            out.append(str(e))
    return out


print(calls(500))
print(errors(300))
area.__defaults__ = (10, 100)
print(calls(3))
Box.grow.__defaults__ = (0, 0)
print(calls(3))


def mutable_default(x, acc=[]):
    acc.append(x)
    return len(acc)


def use_mutable(n):
    t = 0
    for i in range(n):
        t += mutable_default(i)
    return t


print(use_mutable(300), len(mutable_default.__defaults__[0]))


# A polymorphic method site with keywords.
class A:
    def f(self, x, y=1):
        return x + y


class B:
    def f(self, x, y=2, z=3):
        return x * y + z


def poly(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.f(i, y=2) + o.f(x=1)
    return t


print(poly([A(), B()], 300))
