# Globals looked up inside loops that call nothing are checked where the
# loop is entered; rebinding them between loop runs, from a call inside
# the loop, or on a path that leaves the loop must still be seen.

import math


def scale(x):
    return x * 2


def offset(x):
    return x + 1


LIMIT = 10


def sum_scaled(n):
    # Call-free once scale() is inlined: scale is checked at the entry.
    s = 0
    for i in range(n):
        s += scale(i)
    return s


def nested(n):
    # The inner loop is call-free; the outer loop rebinds scale between
    # runs of the inner one (through a call).
    global scale
    total = 0
    for k in range(n):
        for i in range(50):
            total += scale(i) + LIMIT
        if k == n // 2:
            swap()
    return total


def swap():
    global scale
    old = scale
    scale = offset if old is not offset else old


def breaks_after_call(n, rebind_at):
    # The lookup after the call is on the path that leaves the loop: the
    # call may have rebound the global.
    global LIMIT
    out = 0
    for i in range(n):
        out += i % 7
        if i == rebind_at:
            bump()
            out += LIMIT
            break
    return out


def bump():
    global LIMIT
    LIMIT += 100


def calls_inside(n):
    # Not call-free: the lookup keeps its own check.
    global LIMIT
    acc = 0
    for i in range(n):
        acc += LIMIT
        if i % 97 == 0:
            bump()
    return acc


def builtin_in_loop(xs):
    # A builtin (not shadowed by a global) in a call-free loop.
    best = 0.0
    for x in xs:
        best += math.sqrt(x) + abs(x - 3)
    return best


print(sum_scaled(60000))
scale = offset
print(sum_scaled(60000))
scale = lambda x: x * 3
print(sum_scaled(60000))


def scale(x):
    return x * 2


print(nested(2000))
print(breaks_after_call(3000, 2500), LIMIT)
print(breaks_after_call(3000, 10), LIMIT)
print(calls_inside(3000), LIMIT)
print(builtin_in_loop([float(i % 11) for i in range(4000)]))
abs = lambda v: 0
print(builtin_in_loop([float(i % 11) for i in range(4000)]))
del abs
print(builtin_in_loop([float(i % 11) for i in range(4000)]))

# Module level: an OSR-entered loop whose global is rebound between runs.
acc = 0
for i in range(20000):
    acc += scale(i)
print(acc)
scale = offset
acc = 0
for i in range(20000):
    acc += scale(i)
print(acc)
