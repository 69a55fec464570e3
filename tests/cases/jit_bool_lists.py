# Lists of bools read and written in hot code (native code checks once per
# run that a list holds only bools, then reads items as True/False with no
# check and overwrites them without releasing): every way something else
# gets in must be seen.

import gc

log = []


class Token:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def place(cols, diag, n):
    # The n-queens pattern: a read, a branch, then stores into the same items.
    count = 0
    for col in range(n):
        d = (col * 3) % len(diag)
        if not cols[col] and not diag[d]:
            cols[col] = True
            diag[d] = True
            count += 1
            cols[col] = False
        elif cols[col]:
            diag[d] = False
    return count


def flip_types(xs, n, late, value):
    # A non-bool stored midway: later reads must see it as it is.
    seen = []
    for i in range(n):
        j = i % len(xs)
        v = xs[j]
        if i == late:
            xs[(j + 1) % len(xs)] = value
        if i > late and len(seen) < 6:
            seen.append(v)
    return seen


def count_true(xs, rounds):
    c = 0
    for r in range(rounds):
        for i in range(len(xs)):
            if xs[i]:
                c += 1
    return c


def object_in_bool_list(xs, n):
    hits = 0
    for i in range(n):
        if xs[i % len(xs)]:
            hits += 1
        if i == n // 2:
            xs[2] = Token("t%d" % i)
            xs[2] = False
    return hits


def main():
    cols = [False] * 8
    diag = [False] * 15
    print([place(cols, diag, 8) for _ in range(300)][-3:], cols, diag[:5])

    for value in [1, 0, 2.5, None, "s", True]:
        xs = [True, False, True] * 4
        print(value, flip_types(xs, 3000, 1500, value), xs[:4])

    grown = []
    for i in range(40):
        grown.append(i % 3 == 0)
    print(count_true(grown, 200))
    grown.append(1)
    print(count_true(grown, 200), grown[-2:])

    big = [False] * 100          # compact, then plain
    big[7] = True
    print(count_true(big, 300))
    big.sort()
    print(count_true(big, 300), big[-2:], big[0] is False, big[-1] is True)

    mixed = [True, False] * 3
    print(object_in_bool_list(mixed, 4000), mixed)
    gc.collect()
    print(log)

    ints = [1, 0, 1]             # ints equal to bools are not bools
    print(count_true(ints, 500), [x is True for x in ints])


main()
