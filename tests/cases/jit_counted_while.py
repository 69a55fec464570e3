# Accumulators of counted while loops (`while j < m: ... j += 1`) and
# products of loop variables bounded by an unknown `n`: no overflow checks
# where the trip count and the entry values bound them, and the right big
# ints where they do not (entry checks, increments that some iterations
# skip, bounds beyond 2**31).


def triangle(n, scale):
    total = 0
    i = 0
    while i < n:
        j = 0
        while j < i % 64:
            total += i * j * scale + (i ^ j)
            j += 1
        total %= 1000003
        i += 1
    return total


def sometimes(every):
    # `j` grows only on some iterations: the loop runs more than n times
    # (each adds 2**40).
    total = 0
    j = 0
    k = 0
    while j < 10:
        total += 1099511627776
        k += 1
        if k % every == 0:
            j += 1
    return total


def skipping(every):
    # `continue` skips the step on most iterations (each adds 2**41).
    total = 0
    j = 0
    k = 0
    while j < 3:
        k += 1
        total += 2199023255552
        if k % every:
            continue
        j += 1
    return total, k


def early_exit(n, stop, j=3):
    # A bound past 2**31 (checked where the loop is entered: `i * j`), left
    # early.
    i = 0
    t = 0
    while i < n:
        t += i * j
        if i == stop:
            break
        i += 1
    return t


def from_big_start(start, n):
    # An accumulator entered beyond what the check allows.
    total = start
    j = 0
    while j < n:
        total += 2**40
        j += 1
    return total


for _ in range(3):
    print(triangle(3000, 1), triangle(500, 7))
print(triangle(200, 2**20), triangle(100, -(2**25)))
# Compiled while every call stays a small int, then called to run longer.
for _ in range(3000):
    warm = [sometimes(1), skipping(1)]
print(warm)
for _ in range(3):
    print([sometimes(20), sometimes(3), sometimes(100), skipping(50), skipping(1), skipping(200)])
for _ in range(3):
    print(early_exit(2**40, 5000), early_exit(10**6, 2000), early_exit(2**31 + 5, 100), early_exit(2**40, 3000, 2**30))
for _ in range(3):
    print(from_big_start(0, 1000), from_big_start(2**46 + 12345, 200), from_big_start(-(2**47), 100))
