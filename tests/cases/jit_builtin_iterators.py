# for-loops over built-in iterators in compiled code: enumerate, zip, dict
# views, tuples, strings, sets; `for a, b in ...` makes no tuple where it
# can. Exhaustion, errors and the loop variables after the loop must be
# exactly CPython's.


def loops(xs, ys, d):
    t = 0
    for i, x in enumerate(xs):
        t += i * x
    for i, x in enumerate(xs, 100):
        t += i - x
    for x, y in zip(xs, ys):
        t += x * y
    for k, v in d.items():
        t += k * v
    for k in d:
        t += k
    for v in d.values():
        t -= v
    for c in "abcdef":
        t += ord(c)
    for v in (1, 2, 3):
        t += v
    for v in {5, 6, 7}:
        t += v
    for a, b in [(1, 2), (3, 4), [5, 6]]:
        t += a * b
    for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
        t += a + b * c
    for x, y, z in zip(xs, ys, xs):
        t += x + y + z
    return t


def after_loop(xs, ys):
    # zip stops at the shorter; the loop variables keep the last pair.
    for x, y in zip(xs, ys):
        pass
    for i, v in enumerate(ys):
        pass
    return x, y, i, v


def errors(n):
    out = []
    for k in range(n):
        try:
            for a, b in [(1, 2), (3, 4, 5)] if k == n - 1 else [(1, 2)]:
                pass
        except ValueError as e:
            out.append(str(e))
        try:
            d = {1: 1, 2: 2}
            for key, v in d.items():
                if k == n - 2:
                    d[3] = 3
        except RuntimeError as e:
            out.append(str(e))
        try:
            for x, y in zip([1, 2], [3], strict=True) if k == n - 3 else []:
                pass
        except ValueError as e:
            out.append(str(e))
    return out


def generators(n):
    t = 0
    for i, x in enumerate(v * 2 for v in range(n)):
        t += i + x
    for x, y in zip(range(n), (v for v in range(n))):
        t += x * y
    return t


xs = list(range(50))
ys = [v * 0.5 for v in range(40)]
d = {i: i * 2 for i in range(30)}
r = 0
for _ in range(300):
    r = loops(xs, ys, d)
print(r)
print(after_loop(xs, ys))
print(errors(300))
print(generators(2000))


def collecting(n):
    # Collections fall due inside fused enumerate loops.
    t = 0
    for i in range(n):
        for p, q in enumerate([[k] for k in range(4)], 5):
            t += p + len(q)
        for p, q in [(1, [2]), (3, [4])]:
            t += p + len(q)
    return t


print(collecting(20000))
