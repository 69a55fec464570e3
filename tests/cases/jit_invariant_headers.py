# Loops that index a list they never rebind: native code loads the list's
# header (items, length, compact bytes) where the loop is entered when
# nothing in the loop can change it. Every way a loop can change it anyway
# must be seen.


def sieve(limit):
    flags = [True] * (limit + 1)    # compact bools
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return sum(1 for f in flags if f)


def grows(xs, n):
    # The list grows inside the loop (a call): its length is read anew.
    total = 0
    for i in range(n):
        total += xs[i % len(xs)]
        if i % 100 == 0:
            xs.append(i)
    return total, len(xs)


def shrink(xs):
    del xs[len(xs) // 2:]


def shrinks(xs, n):
    total = 0
    for i in range(n):
        total += xs[i % len(xs)]
        if i == n // 2:
            shrink(xs)
    return total, len(xs)


def converts(flags, n):
    # A compact list made plain midway (an int stored into it).
    hits = 0
    for i in range(n):
        if flags[i % 200]:
            hits += 1
        if i == n // 3:
            flags[5] = 7
    return hits, flags[5]


def aliases(a, b, n):
    # Two registers, one list: stores through one, loads through the other.
    s = 0
    for i in range(n):
        b[i % len(b)] = i
        s += a[(i * 7) % len(a)]
    return s


def sometimes_list(xs, n):
    # The loop is entered with the register holding a list or a tuple.
    s = 0
    k = 0
    while k < n:
        s += xs[k % 10]
        k += 1
    return s


def float_sum(xs, n):
    # Float items loaded unchecked in a call-free loop (kinds checked where
    # the loop is entered).
    s = 0.0
    for i in range(n):
        s += xs[i % len(xs)]
    return s


def kinds_change_inside(a, b, n):
    # A store through another register (the same list) clears the kinds
    # byte inside the loop: later loads must see the string.
    s = 0.0
    seen = []
    for i in range(n):
        v = a[i % 4]
        if isinstance(v, float):
            s += v
        elif len(seen) < 3:
            seen.append(v)
        if i == n // 2:
            b[1] = "x"
    return s, seen


def swap_ints(perm, rounds):
    # Int items swapped in a call-free loop: stores of ints keep the kinds.
    for r in range(rounds):
        i = 0
        j = len(perm) - 1
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
    return perm


def main():
    print(sieve(100000), sieve(2000), sieve(10))
    print(grows(list(range(50)), 20000))
    print(shrinks(list(range(1000)), 20000))
    print(converts([True, False] * 100, 30000))
    xs = list(range(64))
    print(aliases(xs, xs, 20000), xs[:5])
    for arg in [list(range(10)), tuple(range(10)), list(range(10, 20)), tuple(range(5, 15))]:
        print(sometimes_list(arg, 5000))
    fl = [0.5, 1.5, 2.25, 3.0]
    print(float_sum(fl, 20000), float_sum([1.0, 2, 3.5], 3000), float_sum(fl, 100))
    fl2 = [0.5, 1.5, 2.5, 3.5]
    print(kinds_change_inside(fl2, fl2, 4000), fl2)
    print(swap_ints(list(range(9)), 3001), swap_ints([1, 2.5, 3, 4], 1001))


main()
