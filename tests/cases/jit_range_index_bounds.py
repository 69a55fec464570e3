# Lists indexed by a range loop's variable: native code checks the range
# against the list's length where the loop is entered and indexes without
# a check inside. Every way the check can be wrong must still behave as in
# CPython: a range past the end (IndexError at the right item), a negative
# start (indexes from the end), a list shrunk or replaced inside the loop,
# compact lists of bools, stores, steps other than 1, the variable
# reassigned in the body, and loops entered mid-run (OSR).


def total(xs):
    t = 0
    for i in range(len(xs)):
        t += xs[i]
    return t


def past_end(xs, extra):
    t = 0
    try:
        for i in range(len(xs) + extra):
            t += xs[i]
    except IndexError as e:
        return t, "IndexError", str(e), i
    return t, None


def past_end_uncaught(xs, extra):
    t = 0
    for i in range(len(xs) + extra):
        t += xs[i]
    return t


def from_end(xs):
    out = []
    for i in range(-3, len(xs)):
        out.append(xs[i])
    return out


def shrinking(xs):
    seen = 0
    try:
        for i in range(len(xs)):
            seen += xs[i]
            if i % 7 == 6:
                xs.pop()
    except IndexError:
        return seen, "IndexError", i
    return seen, None


def replaced(xs, ys):
    t = 0
    for i in range(len(xs)):
        t += xs[i]
        if i == 3:
            xs = ys
    return t


def flags(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    count = 0
    for i in range(n):
        if sieve[i]:
            count += 1
            for j in range(i * i, n, i):
                sieve[j] = False
    return count


def stores(n):
    xs = [0] * n
    for i in range(n):
        xs[i] = i * i
    ys = [0.0] * n
    for i in range(n):
        ys[i] = xs[i] * 0.5
    return sum(xs), sum(ys)


def stepped(xs):
    t = 0
    for i in range(0, len(xs), 2):
        t += xs[i]
    for i in range(len(xs) - 1, -1, -1):
        t -= xs[i] // 2
    return t


def reassigned(xs):
    t = 0
    try:
        for i in range(len(xs)):
            i += 1
            t += xs[i]
    except IndexError:
        return t, "IndexError"
    return t


def other_list(xs, ys):
    # The range from one list, the index into another (shorter) one.
    t = 0
    try:
        for i in range(len(xs)):
            t += ys[i]
    except IndexError as e:
        return t, str(e)
    return t


def main():
    data = list(range(1000))
    for _ in range(30):
        a = total(data)
    print(a)
    for extra in (0, 1, 5):
        for _ in range(20):
            r = past_end(data, extra)
        print(r)
    for _ in range(30):
        r = past_end_uncaught(data, 0)
    for extra in (1, 3):
        try:
            r = past_end_uncaught(data, extra)
        except IndexError as e:
            r = ("IndexError", str(e))
        print(r)
    print(past_end_uncaught(data, -10))
    print(from_end(list(range(10))))
    for _ in range(20):
        r = from_end(data)
    print(r[:5], len(r))
    print(shrinking(list(range(200))))
    for _ in range(20):
        r = replaced(list(range(100)), [7] * 100)
    print(r)
    for _ in range(5):
        r = flags(20000)
    print(r)
    print(stores(3000))
    for _ in range(20):
        r = stepped(data)
    print(r)
    for _ in range(20):
        r = reassigned(data)
    print(r)
    for _ in range(20):
        r = other_list(data, data[:-1])
    print(r)
    for _ in range(20):
        r = other_list(data[:10], data)
    print(r)
    # A module-level loop entered mid-run.
    big = list(range(200000))
    s = 0
    for i in range(len(big)):
        s += big[i] & 7
    print(s)


main()
