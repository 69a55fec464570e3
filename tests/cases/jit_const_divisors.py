# Floor division and modulo by literal divisors in hot loops (masks, shifts
# and multiplications in native code) must match Python's floor semantics
# for negative operands and at the edges of the small-int range.


def by_constants(lo, hi, step):
    acc = 0
    out = []
    x = lo
    while x < hi:
        a = x % 64
        b = x // 64
        c = x % 3
        d = x // 3
        e = x % 1
        f = x // 1
        g = x % 7
        h = x // 1000003
        i = x % 2
        j = x // 2
        acc += a + b * 3 + c * 5 + d + e + f + g * 11 + h + i + j
        if x % 5 == 0:
            out.append((x, a, b, c, d, g, h, i, j))
        x += step
    return acc, out[:3], out[-3:]


def negative_divisors(n):
    acc = 0
    for x in range(-n, n):
        acc += x % -3 + x // -3 + x % -64 + x // -64
    return acc


def inplace(n):
    t = 0
    for k in range(n):
        t += k * 7919
        t %= 1000003
        t //= 1
        u = k
        u //= 8
        t += u
    return t


for _ in range(3):
    print(by_constants(-5000, 5000, 7))
    print(by_constants(-(2**47), -(2**47) + 3000, 13))
    print(by_constants(2**47 - 3000, 2**47 + 100, 17))
    print(negative_divisors(3000))
    print(inplace(20000))
