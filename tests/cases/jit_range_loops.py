# `for ... in range(...)` in compiled code (the iterator is made directly):
# one, two and three arguments, negative and zero steps, bools, big ints,
# non-int arguments, and `range` rebound after compiling.


def walk(a, b, c):
    out = []
    for i in range(a):
        out.append(i)
    for i in range(a, b):
        out.append(i)
    for i in range(b, a, c):
        out.append(i)
    return out


def total(n):
    t = 0
    for i in range(n):
        for j in range(i, n, 3):
            t += i ^ j
    return t


def safe(*args):
    try:
        return [x for x in range(*args)][-3:]
    except (TypeError, ValueError, IndexError) as e:
        return type(e).__name__ + ": " + str(e)


def fixed(n, step):
    try:
        s = 0
        for i in range(0, n, step):
            s += i
        return s
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)


for k in range(40):
    r = walk(3, 7, -2)
    t = total(30)
    f = fixed(20, 3)
print(r, t, f)
print(walk(True, 4, -1), walk(0, 0, -1), walk(-2, 2, -3))
print(fixed(10, 0), fixed(10, -1), fixed(2 ** 50, 2 ** 49), fixed(10, 2.0))
print(fixed(2 ** 62, 2 ** 61), fixed(10, True))
print(safe(5), safe(2 ** 60, 2 ** 60 + 5), safe(1.5), safe("3"), safe(1, 2, 3, 4))
print(total(7))
range = lambda *a: [100, 200]
print("rebound", walk(3, 7, -2), total(2))
del range
print("restored", walk(2, 3, -1))
