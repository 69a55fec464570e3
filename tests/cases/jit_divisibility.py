# Divisibility tests (`x % c == 0`, `!= 0`) in hot loops, for odd, even,
# large and power-of-two divisors, non-negative and negative operands, and
# with the remainder used afterwards: native code tests by multiplication
# where it can and must agree with the remainder everywhere.


def count_multiples(n):
    counts = [0] * 9
    for x in range(n):
        if x % 3 == 0:
            counts[0] += 1
        if x % 7 != 0:
            counts[1] += 1
        if x % 6 == 0:
            counts[2] += 1
        if x % 12 == 0:
            counts[3] += 1
        if x % 1000003 == 0:
            counts[4] += 1
        if x % 8 == 0:
            counts[5] += 1
        if (x * 12345 + 9) % 24 == 0:
            counts[6] += 1
        if not (x * 31 + 5) % 10:
            counts[7] += 1
        r = x % 5
        if r == 0:
            counts[8] += r + 1
    return counts


def signed(n):
    hits = 0
    for x in range(-n, n):
        if x % 3 == 0:
            hits += 1
        if x % 10 != 0:
            hits += 2
    return hits


def big_values(n):
    hits = 0
    x = 2**46 - 5 * n
    for k in range(n):
        if x % 9 == 0:
            hits += 1
        if (x + k) % 14 == 0:
            hits += 3
        x += 5
    return hits


def mixed_types(n):
    out = []
    for x in range(n):
        v = x if x % 4 else x * 0.5
        if v % 3 == 0:
            out.append(v)
    return len(out), out[-3:]


print(count_multiples(30000))
print(signed(20000))
print(big_values(20000))
print(mixed_types(3000))
print(2**70 % 3 == 0, (3 * 2**70) % 3 == 0, (2**64 + 1) % 5 == 0)
