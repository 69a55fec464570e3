# Small-int arithmetic in compiled code at the edges of the small-int range
# (2**47): every operation must agree with CPython, overflowing into big ints
# exactly where the true value leaves the range.

B = 2 ** 47


def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b, -a, abs(a), a < b, a == b]
    if b:
        out += [a // b, a % b, a / b]
    if 0 <= b < 70:
        out += [a >> b, a << b]
    out.append(a * 1.5 + b)
    return out


def hot(pairs, rounds):
    res = None
    for _ in range(rounds):
        for a, b in pairs:
            res = ops(a, b)
    return res


def shifts(n):
    t = 0
    for i in range(n):
        t += (i << (i % 50)) >> (i % 13)
        t ^= -i >> 3
    return t


def walk(n):
    x = B - 1000
    steps = 0
    while steps < n:
        x += 1
        steps += 1
    return x, x - B, -x, x * 2, x // -1


values = [0, 1, -1, 7, -7, 3, B - 1, -B, B, -B - 1, B // 2, -(B // 2), 2 ** 24, -(2 ** 24), 65536, 48, 63]
pairs = [(a, b) for a in values for b in values]
for a, b in pairs:
    r1 = ops(a, b)
print(len(pairs))
for p in [(B - 1, 1), (-B, -1), (-B, 1), (B - 1, -1), (2 ** 24, 2 ** 23), (-B, -B), (-B, 0), (3, 47), (1, 46), (-1, 47)]:
    for _ in range(300):
        r = ops(*p)
    print(p, r)
print(hot(pairs, 3) == ops(*pairs[-1]))
print(shifts(5000))
print(walk(3000))


def typed(a, b):
    # Compiled with small ints only, then called at the edges.
    return (a + b, a - b, a * b, a // b, a % b, a >> (b & 63), a << (b & 31), -a, abs(b), a & b, a | -b)


for i in range(1, 3000):
    typed(i, i % 17 + 1)
for p in [(B - 1, 1), (-B, -1), (-B, 1), (B - 1, 2), (-B, B - 1), (2 ** 30, 2 ** 20), (-(2 ** 40), 255), (B - 1, -B), (5, -B)]:
    print(p, typed(*p))
