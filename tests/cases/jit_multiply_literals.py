# Multiplication by a literal in compiled loops (small literals become
# checked additions): results, overflow into big ints at the 48-bit edge,
# negative operands and either operand order agree with CPython.


def products(xs):
    out = []
    for x in xs:
        out.append((2 * x, x * 3, 4 * x, x * 5, -3 * x, x * 0, x * 1))
    return out


edge = 2 ** 47
values = [0, 1, -1, 7, -7, 12345, edge // 4 - 1, edge // 4, edge // 3, -(edge // 3), edge // 2, -(edge // 2) - 1, edge - 1, -edge]
for _ in range(40):
    r = products(values)
for row in r:
    print(row)


def collatz(limit):
    best = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            x = 3 * x + 1 if x & 1 else x >> 1
            steps += 1
        best = max(best, steps)
    return best


print(collatz(3000))


def grow(x, n):
    # Crosses into big ints part-way: the loop continues in the interpreter.
    for _ in range(n):
        x = x * 4 + 1
    return x


print(grow(3, 10), grow(3, 40))
