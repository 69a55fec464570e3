# `for x, y in a_list` in compiled loops: tuples of the right length are
# unpacked without a reference on the tuple; anything else (lists, other
# lengths, non-sequences) takes the general path with CPython's errors.


class Tracked:
    alive = 0

    def __init__(self, v):
        self.v = v
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


def total(pairs):
    s = 0
    for a, b in pairs:
        s += a * 3 + b
    return s


def floats(pairs):
    s = 0.0
    for a, b in pairs:
        s += a * b
    return s


pairs = [(i, i + 1) for i in range(200)]
for _ in range(5):
    print(total(pairs), floats([(i * 0.5, 2.0) for i in range(100)]))

# Lists and tuples mixed: both unpack.
mixed = [(1, 2), [3, 4], (5, 6)] * 50
print(total(mixed))

# Wrong lengths and non-sequences raise where CPython does.
for bad in ([(1, 2)] * 40 + [(1, 2, 3)], [(1, 2)] * 40 + [(1,)], [(1, 2)] * 40 + [7]):
    try:
        print(total(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def triples(rows):
    out = 0
    for a, b, c in rows:
        out += a - b + c
    return out


print(triples([(i, 2 * i, 3 * i) for i in range(300)]))


# The parts own their references: the tuples can go away mid-loop.
def consume(rows):
    n = 0
    last = None
    for x, y in rows:
        rows[len(rows) - 1] = (Tracked(-1), Tracked(-2))
        n += x.v + y.v
        last = x
    return n, last.v


rows = [(Tracked(i), Tracked(i + 1)) for i in range(60)]
print(consume(rows))
del rows
print("alive", Tracked.alive)


# The loop variables keep their last values after the loop.
def last_pair(pairs):
    for a, b in pairs:
        pass
    return a, b


print(last_pair([(i, -i) for i in range(500)]))
