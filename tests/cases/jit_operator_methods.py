# Binary operators on instances in compiled code: the left operand's method
# (__add__, __sub__...) is called directly when the operands are instances
# of one plain class, or an instance and an int or float. Everything else,
# and everything that changes which method runs, takes the full protocol.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        if k == 13:
            raise ValueError("unlucky")
        return V(self.x // k, self.y // k)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class W(V):
    def __rsub__(self, o):
        return "W.__rsub__"


class Other:
    def __add__(self, o):
        return "Other.__add__"


def arithmetic(n):
    a = V(1, 2)
    t = V(0, 0)
    for i in range(n):
        b = V(i, 1)
        t = t + (a - b) * 2 - b / 4
    return t


def errors(n):
    out = []
    a = V(1, 2)
    for i in range(n):
        try:
            r = a + (1 if i % 100 == 0 else a)
        except TypeError as e:
            out.append(str(e))
        try:
            a * "s" if i == n - 1 else a * 2
        except TypeError as e:
            out.append(str(e))
        try:
            a / 0 if i == n - 2 else a / 1.5
        except ZeroDivisionError as e:
            out.append(str(e))
        try:
            a // (13 if i == n - 3 else 2)
        except ValueError as e:
            out.append(str(e))
    out.append(a - W(1, 1))
    out.append(W(5, 5) - a)
    return out


def mixed_left(items):
    # A left operand of two classes: no direct call.
    out = []
    for k in range(100):
        for it in items:
            r = it + V(1, 1)
        out.append(r)
    return out


print(arithmetic(1000))
print(errors(300))
print(mixed_left([V(0, 0), Other()])[-1])


def after(n):
    r = None
    for i in range(n):
        r = V(i, i) - V(1, 1)
    return r


print(after(300))
V.__sub__ = lambda self, o: "replaced"
print(after(3))
del V.__sub__
try:
    after(3)
except TypeError as e:
    print(e)

# Sequence repetition by an instance without __index__.
for e in ['"s" * V(1, 1)', 'V(1, 1) * "s"', '[1] * V(1, 1)', '(1,) * V(1, 1)']:
    try:
        eval(e)
    except TypeError as x:
        print(e, "->", x)
