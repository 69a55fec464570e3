# Slicing in hot loops (lists and tuples by small-int bounds inline; other
# sequences, big or non-int bounds and errors through the runtime).


def slices(n):
    data = list(range(12))
    tup = tuple(data)
    text = "abcdefghijkl"
    acc = 0
    out = []
    for i in range(n):
        k = i % 7
        a = data[:]
        b = data[k:]
        c = data[-k:]
        d = tup[1:-1:2]
        e = data[::-1]
        f = data[k:2:-1]
        g = text[k:k + 3]
        acc += len(a) + len(b) + len(c) + len(d) + e[0] + len(f) + len(g)
        if i == n - 1:
            out = [b, c, d, e[:3], f, g]
    return acc, out


print(slices(400))


def bounds(n):
    data = list(range(10))
    acc = 0
    for i in range(n):
        acc += len(data[2 ** 70:]) + len(data[:True]) + len(data[None:i % 3])
    return acc


print(bounds(300))


def zero_step(n):
    data = [1, 2, 3]
    for i in range(n):
        s = 1 if i < n - 1 else 0
        try:
            data = data[::s]
        except ValueError as e:
            return i, str(e)
    return None


print(zero_step(500))


class Seq:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step)


def custom(n):
    s = Seq()
    last = None
    for i in range(n):
        last = s[i:i + 1]
    return last


print(custom(300))
