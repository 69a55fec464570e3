# Code made hot by a loop gets OSR entries only at that loop (and its
# start); a frame that resumes in the interpreter inside another loop
# (after a deoptimization or a collection) runs on there until the code is
# compiled again with that loop's entry. Code made hot by calls gets every
# entry. The results never depend on it.


def scan(n):
    # Compiled by calls, then run long: its loop allocates, so collections
    # exit native code at the back-edge.
    t = 0
    for i in range(n):
        t += len([i, i, i])
    return t


def two(n):
    # Hot at the first loop; the second allocates, so a collection exits
    # native code at its back-edge, which has no entry.
    t = 0
    for i in range(n):
        t += i & 7
    for i in range(n):
        t += len([i, i, i])
    return t


def nested(rows, cols, poison):
    # The inner loop makes the code hot; a float in the outer part
    # deoptimizes and resumes at the outer loop, which has no entry.
    total = 0
    r = 0
    while r < rows:
        for c in range(cols):
            total += r * c % 7
        if r == poison:
            total += 0.5
        r += 1
    return total


def outer_first(n):
    # The outer loop gets hot first (inner loops of one iteration).
    acc = 0
    for i in range(n):
        for j in range(i % 2):
            acc += j + i
        acc ^= i
    return acc


def gen(n):
    # Generators are entered only at their loop headers: all of them.
    for i in range(n):
        k = 0
        while k < 3:
            k += 1
        yield i * k


def siblings(n):
    # Two loops one after the other: the second runs in the interpreter
    # until it is hot in its own right.
    a = 0
    for i in range(n):
        a += i & 3
    b = 0.0
    for i in range(n):
        b += i * 0.5
    return a, b


s = 0
for k in range(150):
    s += scan(3)
s += scan(120000)
print(s)
print(two(150000))
print(nested(400, 40, 200))
print(nested(300, 50, -1))
print(outer_first(50000))
print(sum(gen(20000)))
for n in (10, 3000, 50000):
    print(siblings(n))
