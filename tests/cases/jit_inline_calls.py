# Small pure functions called from hot loops are inlined by the JIT: their
# guards (types, overflow, zero division, rebound globals) must fall back to
# a real call with CPython's behaviour.

SCALE = 3


def area(w, h):
    return w * h


def scaled(x):
    return x * SCALE + 1


def inv(x):
    return 1.0 / x


def pick(a, b):
    if a < b:
        return b - a
    return a - b


def mixed(a, b):
    c = a * b
    if c > 10:
        return c - a
    return c + 0.5


def poly(x):
    return ((x * 3 + 2) * x - 7) // 2 + x % 5


def hot_ints(n):
    t = 0
    for i in range(n):
        t += area(i, i + 1) + pick(i, 50) + poly(i)
    return t


def hot_floats(n):
    t = 0.0
    for i in range(n):
        t += mixed(i * 0.5, 3) + inv(i + 1)
    return t


def hot_overflow(n):
    t = 0
    for i in range(n):
        t += area(i, 2 ** 40 if i > n - 5 else i)
    return t


def hot_polymorphic(values):
    out = []
    for v in values:
        out.append(area(v, 2))
    return out


def hot_zero(n):
    t = 0.0
    caught = 0
    for i in range(-n, n):
        try:
            t += inv(i)
        except ZeroDivisionError as e:
            caught += 1
            msg = str(e)
    return round(t, 9), caught, msg


def hot_global(n):
    global SCALE
    t = 0
    for i in range(n):
        if i == n // 2:
            SCALE = 1000
        t += scaled(i)
    SCALE = 3
    return t


def hot_redefined(n):
    global area
    t = 0
    for i in range(n):
        if i == n // 2:
            area = lambda w, h: w + h
        t += area(i, 2)
    return t


print(hot_ints(3000))
print(hot_floats(3000))
print(hot_overflow(2000))
print(hot_polymorphic([1, 2.5, "ab", [0], True, 10 ** 20] * 300)[:6])
print(hot_zero(1500))
print(hot_global(4000))
print(hot_redefined(4000))
print(area(3, 4), pick(2, 9), poly(-7), mixed(2, 3))


# Inlined results in each representation: int, float, bool, and a mix
# (boxed); the caller's arithmetic on them and an overflow past the
# small-int range inside the inlined body.
def twice(x):
    return x * 2


def halve(x):
    return x / 2


def odd(x):
    return x % 2 == 1


def int_or_float(x):
    if x > 5:
        return x * 0.5
    return x


def typed_results(n, big):
    a = 0
    b = 0.0
    c = 0
    d = 0
    for i in range(n):
        a += twice(i) + twice(big)
        b += halve(i) * 3
        if odd(i):
            c += 1
        d += int_or_float(i % 10)
    return a, b, c, d


print(typed_results(3000, 7))
print(typed_results(3000, 2**46))
