# Tight integer loops: nested while/for loops with arithmetic, comparisons and
# modular reduction (all values stay non-negative and well inside 64 bits).

MOD = 1000003


def triangle_sums(n):
    # Nested while loops with a data-dependent inner bound.
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < i % 64:
            total += i * j + (i ^ j)
            j += 1
        total %= MOD
        i += 1
    return total


def mixed(n):
    # for/range loops with branches on the loop variables.
    acc = 0
    for a in range(n):
        for b in range(40):
            x = a * 31 + b * 17
            if x % 3 == 0:
                acc += x // 3
            elif x & 1:
                acc -= b
            else:
                acc += (x >> 2) - a
        acc %= MOD
    return acc


def collatz_steps(limit):
    # Irregular while loop with a longest-chain search.
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


def main():
    t = triangle_sums(120000)
    m = mixed(80000)
    n, steps = collatz_steps(60000)
    print("triangle", t)
    print("mixed", m)
    print("collatz", n, steps)
    print("checksum", (t + m + n * steps) % MOD)


main()
