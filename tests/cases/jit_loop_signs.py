# Loop variables that every write keeps non-negative (`x = 3 * x + 1`,
# `x >>= 1`, `x //= 2`) are checked to be so where the loop is entered, and
# their products by small literals then check only the upper end. Writes
# that can make them negative, and negative values at entry, must still
# give the right (big) ints.


def chain(x, n):
    steps = 0
    while steps < n:
        if x & 1:
            x = 3 * x + 1
        else:
            x >>= 1
        steps += 1
    return x


def floor_halves(x, n):
    total = 0
    for _ in range(n):
        total += 5 * x
        x = x // 2 + 1
    return total, x


def turns_negative(x, n):
    steps = 0
    while steps < n:
        if x & 1:
            x = 3 * x + 1
        else:
            x = x // 2 - 35184372088832
        steps += 1
    return x


def run():
    out = []
    for _ in range(400):
        out = [chain(27, 100), chain(7, 30), floor_halves(1000, 20), turns_negative(5, 3)]
    print(out)
    # Entered negative: the check where the loop is entered fails.
    print(chain(-7, 40), chain(-(2**46), 3), floor_halves(-999, 30))
    # Large values: 3 * x leaves the small-int range.
    print(chain(2**46 + 1, 5), chain(2**45 - 1, 4), floor_halves(2**45, 5))
    # Negative after a write: 3 * x below the small-int range.
    print(turns_negative(2**46, 4), turns_negative(3, 6), turns_negative(2**40 + 1, 5))


run()
