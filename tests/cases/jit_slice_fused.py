# x[i:j] in hot loops: lists and tuples are sliced by one native call with
# no slice object; other containers (str, custom __getitem__, bounds that are
# not small ints) make the slice and go through the runtime.


class Seq:
    def __getitem__(self, k):
        return ("slice", k.start, k.stop, k.step) if isinstance(k, slice) else ("item", k)


def slices(xs, n):
    t = 0
    out = None
    for i in range(n):
        k = i % 7
        a = xs[k:]
        b = xs[:k]
        c = xs[k - 3 : k + 2]
        d = xs[::2]
        e = xs[::-1]
        f = xs[k:1:-1]
        g = xs[-100:100]
        t += len(a) + len(b) * 3 + len(c) * 5 + len(d) + len(e) + len(f) * 7 + len(g)
        out = (a, b, c, d, e, f, g)
    return t, out


def others(n):
    s = "abcdefghij"
    q = Seq()
    t = []
    for i in range(n):
        t.append(s[i % 5 : i % 5 + 3])
        if i % 97 == 0:
            t.append(q[i : i + 1])
            t.append(s[1.0:] if False else s[True:])
    return len(t), t[:4], t[-3:]


def copies(xs, n):
    # A copy made, mutated, and kept: the original is unchanged.
    keep = []
    for i in range(n):
        c = xs[:]
        c[0] = i
        if i % 1000 == 0:
            keep.append(c)
    return xs[:3], [k[:2] for k in keep]


for _ in range(2):
    print(slices(list(range(10)), 3000))
    print(slices(tuple(range(6)), 3000))
    print(others(2000))
    print(copies([1, 2, 3, 4], 5000))
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)


def zero_step(xs):
    r = 0
    for i in range(2000):
        try:
            r += len(xs[:: i % 3])
        except ValueError:
            r -= 1
    return r


print(zero_step([1, 2, 3, 4, 5]))
