# Lists of small ints read and written in hot code (native code checks once
# per run that a list holds only ints, then loads items unchecked and
# overwrites them without releasing): every way something else gets in
# must be seen, and objects stored into such lists must be released.

import gc

log = []


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def swaps(perm, rounds):
    for r in range(rounds):
        i = 0
        j = len(perm) - 1
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
    return perm[:5]


def alias_store(a, b, n, late, value):
    s = 0
    for i in range(n):
        s += a[0] + (a[1] if isinstance(a[1], int) else 100)
        if i == late:
            b[1] = value
        a[0] = a[0] + 1
    return s, a[:3]


def object_in_int_list(xs, n):
    total = 0
    for i in range(n):
        total += xs[i % len(xs)]
        if i == n // 2:
            xs[3] = Token("t%d" % i)
            xs[3] = 3
    return total


def rotate(perm1, r, rounds):
    for _ in range(rounds):
        first = perm1[0]
        for i in range(r):
            perm1[i] = perm1[i + 1]
        perm1[r] = first
    return perm1


def becomes_big(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % 4]
        xs[i % 4] = xs[i % 4] * 3 if i > n - 5 else xs[i % 4]
    return s, xs


print(swaps(list(range(10)), 3001))
print(alias_store([1, 2, 3], [9, 9, 9], 3000, 10, 4))
same = [1, 2, 3]
print(alias_store(same, same, 3000, 2990, 2.5))
same = [1, 2, 3]
print(alias_store(same, same, 3000, 2990, "s"))
same = [1, 2, 3]
print(alias_store(same, same, 3000, 2990, None))
print(object_in_int_list(list(range(10)), 4000))
gc.collect()
print(log)
print(rotate(list(range(12)), 9, 2001))
print(becomes_big([1, 2, 3, 4], 3000))
xs = [0] * 50
for k in range(5000):
    xs[k % 50] += k
xs[7] = Token("z")
xs[7] = 0
gc.collect()
print(sum(xs), log)
