# Multiplication by small literals in hot code, up to and across the edge
# of the small-int range (native code checks the operand's range once and
# multiplies by shifts and adds).

EDGE = 2 ** 47


def products(xs):
    out = []
    for x in xs:
        out.append((2 * x, x * 3, 4 * x, x * 5, 6 * x, x * 7, 8 * x, 9 * x, 3 * x + 1))
    return out


def collatz_like(x, n):
    steps = 0
    while x != 1 and steps < n:
        x = 3 * x + 1 if x & 1 else x >> 1
        steps += 1
    return x, steps


def edges():
    xs = []
    for c in range(2, 10):
        hi = (EDGE - 1) // c
        lo = -(EDGE // c)
        xs += [hi, hi + 1, lo, lo - 1, hi - 1, lo + 1]
    return xs


for _ in range(300):
    r = products(edges())
print(len(r), r[0], r[-1])
print(sum(sum(t) for t in r))
print(collatz_like(27, 10000), collatz_like(2 ** 45 + 1, 50), collatz_like(EDGE // 3 - 1, 5))
total = 0
for i in range(-3000, 3000):
    total += 7 * i - 3 * (i * 9) + 5 * (i - 1)
print(total)
