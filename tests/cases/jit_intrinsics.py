# Builtins the JIT computes inline (len, abs, min, max, math.sqrt): every
# argument kind, the edges of each, and rebinding the name after compiling.
import math
from math import sqrt


def roots(xs):
    out = []
    for x in xs:
        try:
            out.append(sqrt(x))
        except ValueError as e:
            out.append("ValueError: %s" % e)
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


def lengths(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t


class Sized:
    def __len__(self):
        return 7


def absolutes(xs):
    return [abs(x) for x in xs]


def abs_loop(n):
    t = 0
    f = 0.0
    for i in range(-n, n):
        t += abs(i)
        f += abs(i * 0.5)
    return t, f


def minmax_loop(n):
    lo = 10 ** 6
    hi = -(10 ** 6)
    flo = 1e300
    fhi = -1e300
    for i in range(n):
        v = (i * 7919) % 1013 - 500
        lo = min(lo, v)
        hi = max(hi, v)
        flo = min(flo, v * 0.25)
        fhi = max(fhi, v * 0.25)
    return lo, hi, flo, fhi


def dist_loop(n):
    s = 0.0
    for i in range(n):
        s += sqrt(i) + math.sqrt(i * 0.5)
    return s


for _ in range(3):
    print(roots([4, 2.25, 0, -0.0, 1e308, float("inf"), float("nan"), 2 ** 100, True, -1, -2.5, "x"]))
    print(lengths([[1, 2], (3,), "abc", {"a": 1}, range(10), Sized(), [], ()]))
    print(absolutes([3, -3, 0, -(2 ** 47), 2 ** 47 - 1, -(2 ** 100), -0.0, -1.5, float("-inf"), True, False]))
    print(abs_loop(1500))
    print(minmax_loop(3000))
    print(round(dist_loop(2000), 6))
print(min(1, 1.0), min(1.0, 1), max(1, 1.0), max(1.0, 1), min(float("nan"), 1.0), min(1.0, float("nan")))
print(max(float("nan"), 1.0), max(1.0, float("nan")), min(-0.0, 0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(min([3, 1, 2]), max("ab", "b"), min(3, 1, 2), max([1, 5], key=len) if False else max(1, 5, key=lambda v: -v))
try:
    print(min(1, "a"))
except TypeError as e:
    print("TypeError", e)


def len(x):
    return -1


print("rebound len", lengths([[1], [2, 3]]))
del len
print("builtin len again", lengths([[1], [2, 3]]))
sqrt = lambda x: "fake"
print("rebound sqrt", roots([4])[0])
