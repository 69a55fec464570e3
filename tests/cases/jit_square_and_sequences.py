# `x ** 2` computed inline (int products that may overflow into big ints,
# float products that must not overflow to infinity) and tuples and lists
# built in compiled loops.
import math


def squares(n):
    ti = 0
    tf = 0.0
    for i in range(n):
        ti += i ** 2
        tf += (i * 0.5) ** 2
    return ti, tf


def big_squares(n):
    out = []
    x = 2 ** 20
    for i in range(n):
        v = x + i
        out.append(v ** 2)
    return out[-2:], (2 ** 30) ** 2


def float_overflow(n):
    out = []
    for i in range(n):
        x = 1e200 if i == n - 1 else float(i)
        try:
            out.append(x ** 2)
        except OverflowError as e:
            out.append(str(e))
    return out[-3:], math.inf ** 2, (-math.inf) ** 2, math.isnan(math.nan ** 2)


def mixed_types(n):
    t = []
    for i in range(n):
        v = i if i % 3 else i * 1.5
        t.append(v ** 2)
    return t[-4:], True ** 2, (-3) ** 2, (-2.5) ** 2


def build(n):
    acc = 0
    last = None
    for i in range(n):
        p = (i, i * 2.5, "s", None)
        q = [i, p, [i]]
        acc += len(p) + len(q) + q[0]
        last = (p, q, (), [])
    return acc, last


print(squares(3000))
print(big_squares(300))
print(float_overflow(300))
print(mixed_types(300))
print(build(2000))
