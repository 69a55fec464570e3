# Bools kept unboxed by the JIT: comparison results in variables, `not`,
# bool list elements, bools returned by inlined functions, and the places
# where a bool must behave as the int it is.


def is_small(x):
    return x < 10


def flip(b):
    return not b


def count_flags(flags, n):
    c = 0
    for i in range(n):
        f = flags[i % len(flags)]
        if f:
            c += 1
        if not f:
            c -= 2
    return c


def mixed_flags(n):
    t = 0
    seen = False
    for i in range(n):
        small = is_small(i % 20)
        big = i % 7 == 3
        if small and not big:
            t += 1
        if flip(small):
            t += 3
        seen = seen or big
        t += small  # a bool is an int
    return t, seen, small, big


def toggles(n):
    b = True
    out = 0
    for i in range(n):
        b = not b
        if b:
            out += i
    return out, b


def bool_list(n):
    cells = [False] * 16
    for i in range(n):
        cells[i % 16] = not cells[(i * 7) % 16]
    return cells


def odd_elements(xs, n):
    t = 0
    for i in range(n):
        v = xs[i % len(xs)]
        if v:
            t += 1
    return t


print(count_flags([True, False, True, True], 4000))
print(mixed_flags(5000))
print(toggles(3001))
print(bool_list(999))
flags = [True, False] * 8
print(odd_elements(flags, 3000))
flags[3] = 0
flags[4] = None
flags[5] = "yes"
flags[6] = 2.5
print(odd_elements(flags, 3000))
print(count_flags([True, 1, 0, False], 3000))
print(True + True, is_small(3) + 1, flip(0), flip(""), [not x for x in (0, 1, [], [0])])
