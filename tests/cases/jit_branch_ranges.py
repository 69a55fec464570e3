# A comparison of a register with a literal bounds it on the branch's edges:
# `n - 1` after `if n < 2: return n` needs no overflow check. Values at the
# ends of the small-int range (2**47), rebound registers, floats and big
# ints must behave as in the interpreter.

TOP = 2**47 - 1
BOTTOM = -(2**47)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def below_top(n):
    if n < 140737488355327:
        return n + 1
    return n + 1


def above_bottom(n):
    if n > -140737488355328:
        return n - 1
    return n - 1


def rebound(n):
    if n >= 0:
        n = n * 1000000
        return n - 1
    return n


def floats(x):
    if x < 2:
        return x
    return x - 1


print(fib(20), fib(1), fib(0))
for f, xs in [(below_top, [TOP - 1, TOP, 5, BOTTOM]), (above_bottom, [BOTTOM + 1, BOTTOM, -5, TOP]), (rebound, [3, 2**40, -2, 0])]:
    out = []
    for _ in range(300):
        out = [f(x) for x in xs]
    print(f.__name__, out, [type(v).__name__ for v in out])
print([floats(x) for x in [1.5, 2.5, 10**20, 3]])
print(fib(15.0), fib(True))


def near_top():
    out = []
    for i in range(TOP - 3, TOP):
        out.append(i + 1)
        out.append(i + 2)
    for i in range(BOTTOM + 3, BOTTOM, -1):
        out.append(i - 1)
    return out


def countdown(n):
    s = 0
    while n > 0:
        s += n - 1
        n -= 3
    return s


for _ in range(200):
    r = near_top()
print(r, [type(v).__name__ for v in r])
print([countdown(k) for k in (0, 1, 10, 1000)])
print(countdown(BOTTOM), countdown(-5))


def literal_spans():
    # Call-free loops over literal ranges (their iterators stay virtual).
    t = 0
    for b in range(40):
        t += b * 17 - 1
    u = 0
    for k in range(3):
        u = u + k * 70368744177664
    v = 0
    for k in range(-5, 5):
        v += k * -3 + (k - 1)
    w = 0
    for k in range(140737488355325, 140737488355327):
        w = w - (k + 1) + (k + 2) * 3
    return t, u, v, w


for _ in range(100):
    r = literal_spans()
print(r, [type(v).__name__ for v in r])
