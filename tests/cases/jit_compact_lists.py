# Hot loops over lists of bools kept compact (one byte per item): indexing,
# storing, len and iteration in native code, lists turning plain mid-loop,
# and functions that see both kinds of list.


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def count_true(xs):
    c = 0
    for i in range(len(xs)):
        if xs[i]:
            c += 1
    return c


def count_iter(xs):
    c = 0
    for x in xs:
        if x:
            c += 1
    return c


def from_end(xs, k):
    # Negative indexes, literal and computed.
    s = 0
    for i in range(1, k):
        if xs[-i]:
            s += i
        if xs[-1]:
            s += 1
    return s


def toggle(xs, rounds):
    for r in range(rounds):
        for i in range(len(xs)):
            xs[i] = not xs[i]
    return xs.count(True)


def store_values(xs, v):
    # v is a bool variable (boxed) or something else.
    for i in range(0, len(xs), 3):
        xs[i] = v
    return xs[:7]


def out_of_range(xs):
    n = 0
    try:
        for i in range(len(xs) + 5):
            n += 1 if xs[i] else 2
    except IndexError as e:
        return n, str(e)


def store_out_of_range(xs):
    try:
        for i in range(len(xs) + 5):
            xs[i] = False
    except IndexError as e:
        return str(e), xs.count(False)


def turns_plain(xs):
    total = 0
    for i in range(len(xs)):
        if i == len(xs) // 2:
            xs.append(7)
        total += 1 if xs[i] else 0
    return total, xs[-1], len(xs)


def unpack_pairs(n):
    s = 0
    for i in range(n):
        a, b = [i % 2 == 0] * 1 + [True]
        s += a + b
    return s


def mixed_lists(lists):
    out = []
    for xs in lists:
        c = 0
        for i in range(len(xs)):
            if xs[i]:
                c += i
        out.append(c)
    return out


p = sieve(30000)
print(count_true(p), count_iter(p), len(p), p[29989], p[-12])
print(count_true(sieve(5000)), count_iter([True] * 3000 + [False] * 3000))
flags = [True, False, False] * 1000
print(from_end(flags, 2000))
print(toggle([False] * 4001, 3))
print(store_values([False] * 300, True), store_values([True] * 300, 0))
print(out_of_range([True, False] * 1000))
print(store_out_of_range([True] * 2000))
print(turns_plain([True] * 3000))
print(unpack_pairs(3000))
print(mixed_lists([[True] * 500, list(range(500)), [False, True] * 250, [True] * 10, [1.5] * 500]))
b = [True] * 5000
for i in range(0, 5000, 7):
    b[i] = False
print(sum(b), b.count(False), len([x for x in b if not x]))
