# Floor division and modulo by constants when the dividend is known not to
# be negative (from range loops and comparisons) and when it may be.


def known_nonneg(n):
    s = 0
    for a in range(n):
        for b in range(40):
            x = a * 31 + b * 17
            s += x % 3 + x // 7 + x % 10 - x // 3
    return s


def after_compare(xs):
    s = 0
    for x in xs:
        if x >= 0:
            s += x % 7 * 100 + x // 7
        else:
            s -= x % 7 * 100 + x // 7
    return s


def maybe_negative(n):
    s = 0
    for i in range(-n, n):
        s += i % 5 + i // 5 + (i - 3) % 9 - (i * 7) // 6
    return s


def shifted(n):
    s = 0
    for i in range(n):
        y = i - 20
        s += y % 3 + y // 3
        if y > 5:
            s += y % 11
    return s


print(known_nonneg(300))
print(after_compare([i * 13 - 5000 for i in range(800)]))
print(maybe_negative(3000))
print(shifted(4000))
