# `i += 1` in `while i < n` loops compiles without an overflow check (the
# condition bounds i); these runs check the edges: counters reaching the
# end of the small-int range, bounds that are big ints, loops re-entered
# from the interpreter after deoptimizations, and counting down.


def walk(i, m):
    s = 0
    while i < m:
        i += 1
        s += i * 3
    return i, s


def down(i, m):
    s = 0
    while i > m:
        i -= 1
        s += i
    return i, s


def nested(n):
    i = 0
    t = 0
    while i < n:
        j = 0
        while j < i % 7:
            j += 1
            t += j
        i += 1
    return i, t


def modified(n):
    # The bound changes inside the body; the counter still stays below the
    # value it was compared with.
    i = 0
    m = n
    while i < m:
        m -= 1
        i += 1
    return i, m


for _ in range(3):
    print(walk(0, 5000), down(5000, 0), nested(3000), modified(4001))
print(walk(2**47 - 3, 2**47 + 2))
print(walk(2**47 - 3, 2**47 - 1))
print(down(-(2**47) + 3, -(2**47) - 2))
print(walk(2**60, 2**60 + 3))
print(walk(0.5, 3))


# The bound is a call's result: small ints while the loop gets compiled,
# then a big int. Native code deoptimizes at the comparison; the
# interpreter, having compared with the big int, re-enters the body with
# the counter at the end of the small-int range.
def lim(k):
    return k


def walk2(i, k):
    s = 0
    while i < lim(k):
        i += 1
        s += 1
    return i, s


for _ in range(3):
    print(walk2(0, 5000))
print(walk2(2**47 - 3, 2**47 + 2))
print(walk2(2**47 - 1, 2**47 + 1))
