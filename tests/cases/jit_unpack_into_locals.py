# Unpacking straight into local variables in hot code: the parts replace
# whatever the locals held (ints, floats, objects with finalizers), errors
# leave the locals as they were, and the moves still happen on other paths.


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


def swap_loop(n):
    a, b = 1, 2.5
    for i in range(n):
        a, b = b, a
    return a, b


def pairs_loop(pairs):
    total = 0.0
    x = 0
    y = 0
    for x, y in pairs:
        total += x * y
    return total, x, y


def from_calls(n):
    s = 0
    lo = hi = None
    for i in range(n):
        lo, hi = divmod(i, 7)
        s += lo - hi
    return s, lo, hi


def with_errors(items):
    first = second = "unset"
    done = 0
    for it in items:
        try:
            first, second = it
            done += 1
        except ValueError as e:
            print("error at", done, e, first, second)
    return first, second, done


def releases(n):
    log = []
    a = Noisy("a0", log)
    b = Noisy("b0", log)
    for i in range(n):
        a, b = Noisy("a%d" % (i + 1), log), Noisy("b%d" % (i + 1), log)
    last = (a.name, b.name)
    del a, b
    return last, log[:6], log[-4:], len(log)


def mixed_kinds(rows):
    # Tuples, lists and a string of two characters.
    out = []
    for row in rows:
        p, q = row
        out.append(p + q if not isinstance(p, str) else q + p)
    return out


print(swap_loop(5001))
print(pairs_loop([(i, i * 0.5) for i in range(3000)]))
print(from_calls(4000))
print(with_errors([(1, 2)] * 1500 + [(1, 2, 3)] + [[4, 5]] * 1500 + [(6,)] + ["xy"]))
print(releases(2000))
print(mixed_kinds([(1, 2), [3, 4], "ab", (1.5, 2)] * 800)[-8:])
