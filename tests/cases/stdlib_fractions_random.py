# Fraction arithmetic, comparisons, rounding, hashing and limit_denominator on random values.
import random, math
from fractions import Fraction as F
random.seed(8)
def rnd():
    k = random.random()
    if k < 0.3:
        return F(random.randint(-10**6, 10**6), random.randint(1, 10**4))
    if k < 0.5:
        return F(random.uniform(-1e3, 1e3))
    if k < 0.7:
        return random.randint(-50, 50)
    if k < 0.85:
        return F(random.randint(-10**30, 10**30), random.randint(1, 10**25))
    return random.uniform(-10, 10)
for i in range(120):
    a, b = rnd(), rnd()
    if not isinstance(a, F):
        a = F(a)
    res = []
    for op in ("+", "-", "*", "/", "//", "%", "<", "==", ">="):
        try:
            res.append(repr(eval("a %s b" % op)))
        except ZeroDivisionError as e:
            res.append("ZDE " + str(e))
    res.append(str(a.limit_denominator(random.randint(1, 1000))))
    res.append(repr((round(a), round(a, 2), math.floor(a), math.ceil(a), int(a), float(a), hash(a))))
    s = str(a)
    res.append(repr(F(s) == a))
    print(" ".join(res))
