# Induction variables: a register a loop only steps one way (`j += i`,
# `i += 1`, `j -= s`) is bounded where the loop is entered (checked there)
# and by the loop's condition (`while j <= limit`), so its steps compile
# without overflow checks. A step the loop does not change is taken to go
# towards the condition's bound, and checked to; comparisons between two
# registers bound each other; squares are not negative; `^`, `&`, `|` of
# values within 2**k stay within 2**k. These runs check the edges (each
# function first compiled for small values): steps that go the other way,
# bounds near and beyond 2**44 and the small-int range, big ints, floats,
# and loops entered by OSR.


def mark(limit, start, step, cap):
    # The sieve's inner loop, with a cap so that a step going the other
    # way ends too (`step` used before it, as the sieve's `i * i`: an int
    # where the loop is entered).
    marks = 0
    last = start
    j = start + step - step
    while j <= limit:
        marks += 1
        last = j
        if marks >= cap:
            break
        j += step
    return marks, last, j


def squares(n):
    # `i` starts at 2 and only grows; `j = i * i` is not negative.
    hits = 0
    i = 2
    while i * i <= n:
        j = i * i
        while j <= n:
            hits += 1
            j += i
        i += 1
    return hits, i


def down(hi, lo, step, cap):
    # Decreasing: `j -= step` under `while j >= lo`.
    n = 0
    j = hi + step - step
    while j >= lo:
        n += 1
        if n >= cap:
            break
        j -= step
    return n, j


def bounded_by_register(n, width):
    # `j < t` with `t` in [0, width - 1]: `j * 1000 + j` needs no check.
    total = 0
    for i in range(n):
        t = i % width
        j = 0
        while j < t:
            total += j * 1000 + (i ^ j)
            j += 1
    return total


def bits(a, b, n):
    # Signed `^`, `&`, `|` of values within 2**k.
    out = 0
    for k in range(n):
        x = (a + k) ^ (b - k)
        y = (a - k) & (b + k)
        z = (a + k) | (b - k)
        out += x + y - z
    return out


def squared_sum(xs):
    s = 0
    for x in xs:
        q = x * x
        s += q - 1
    return s


for _ in range(3):
    print(mark(1000, 4, 2, 10**6), mark(50, 0, 7, 10**6), squares(5000), down(300, 0, 3, 10**6))
    print(bounded_by_register(500, 64), bits(12345, -678, 300), squared_sum(list(range(-50, 50))))

# Steps that go the other way, or nowhere: the capped loops end anyway.
print(mark(1000, 4, -3, 2000))
print(mark(1000, 4, 0, 500))
print(down(300, 0, -5, 700))
# Bounds near and beyond 2**44 and the small-int range.
print(mark(2**44, 2**44 - 10, 3, 100))
print(mark(2**44 + 50, 2**44 - 10, 3, 100))
print(mark(2**47 - 1, 2**47 - 10, 4, 100))
print(mark(2**47 + 100, 2**47 - 10, 4, 100))
print(mark(2**47 - 1, 2**47 - 10, 2**46, 100))
print(mark(10, 2**45, 1, 100))
print(mark(10, -(2**47), 2**45, 100))
print(mark(2**80, 2**80 - 5, 2, 10))
print(mark(10.5, 1, 2, 100))
print(mark(100, 1.5, 7, 100))
print(mark(100, 1, 2.5, 100))
print(down(-(2**47) + 20, -(2**47), 3, 100))
print(down(0, -(2**47), 2**45, 100))
print(down(5, -(2**80), 2**47, 10))
print(bounded_by_register(200, 2**40), bounded_by_register(100, 3))
print(bits(2**46, -(2**46), 20), bits(-(2**47), 2**47 - 1, 5), bits(2**70, 3, 4))
print(squared_sum([2**23, -(2**23), 2**24, 2**30, 3]))
print(squared_sum([0.5, 2, -3]))
for _ in range(3):
    print(mark(1000, 4, 2, 10**6), squares(3000), down(300, 0, 3, 10**6), bits(5, 9, 50))


# Long loops entered by OSR after their values grew large.
def long_mark(limit, start, step):
    n = 0
    j = start + step - step
    while j <= limit:
        n += 1
        j += step
    return n, j


print(long_mark(300000, 0, 1))
print(long_mark(2**46 + 200000, 2**46, 1))
print(long_mark(2**47 - 1, 2**47 - 200000, 1))
print(long_mark(-(2**47) + 150000, -(2**47), 1))
