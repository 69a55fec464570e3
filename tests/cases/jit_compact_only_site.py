# Sites that only ever indexed compact lists (bools kept as bytes) are
# compiled for them alone; a list holding its items as values then
# deoptimizes there, and the recompile handles both forms.


def count_true(xs):
    c = 0
    last = -1
    for i in range(len(xs)):
        if xs[i]:
            c += 1
            last = i
    return c, last


def clear_every(xs, k):
    for j in range(0, len(xs), k):
        xs[j] = False
    return xs


def main():
    flags = [True] * 5000
    for _ in range(3):
        print(count_true(flags))
    print(count_true(clear_every(flags, 7)))
    mixed = [1, 0, True, None, "x", [], 2.5, False] * 300
    print(count_true(mixed))
    print(count_true(flags), count_true(mixed), count_true([]))
    other = list(range(40))
    print(clear_every(other, 3)[:10], count_true(other))
    flags2 = [False] * 3000
    for _ in range(3):
        clear_every(flags2, 5)
    flags2[4] = "yes"
    print(count_true(clear_every(flags2, 5)), flags2[:6])


main()
