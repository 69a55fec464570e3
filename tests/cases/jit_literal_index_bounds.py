# Literal indexes of one list in straight-line code: the first access checks
# the largest index the run uses, the others none. Lists shorter than that,
# lists that shrink or grow in between, and negative indexes must still
# behave exactly as in the interpreter.


def total(rows):
    t = 0
    for r in rows:
        t += r[0] * r[3] - r[1] + r[2]
    return t


def update(bodies):
    for b in bodies:
        b[3] = b[3] + b[0]
        b[4] -= b[1] * 2
        b[0] = b[4] + b[3]
    return bodies


def tails(rows):
    t = 0
    for r in rows:
        t += r[-1] + r[0] + r[1]
    return t


def guarded(rows):
    # The short row would fail r[2]; the branch keeps it from reaching it.
    t = 0
    for r in rows:
        t += r[0]
        if len(r) > 2:
            t += r[2]
    return t


def grows(rows):
    t = 0
    for r in rows:
        t += r[0]
        r.append(7)
        t += r[1]
        r.pop()
    return t


def shrinks(rows):
    t = 0
    for r in rows:
        t += r[0] + r[2]
        r.pop()
        try:
            t += r[2]
        except IndexError:
            t -= 1
    return t


rows = [[i, i + 1, i + 2, i + 3] for i in range(3000)]
print(total(rows))
bodies = [[float(i), 1.5, 2.5, 0.5, -1.0] for i in range(2000)]
print(sum(b[0] for b in update(bodies)))
print(tails(rows))
print(guarded(rows + [[5, 6]] + rows))
print(grows([[1] for _ in range(2000)]))
print(shrinks([[i, 2, 3] for i in range(2000)] + [[1, 2, 3, 4]]))
try:
    total(rows + [[1, 2, 3]])
except IndexError as e:
    print("IndexError:", e)
try:
    update(bodies + [[1.0, 2.0, 3.0, 4.0]])
except IndexError as e:
    print("IndexError:", e)
print(total(rows))
total(rows[:10] + [[9, 9]])
