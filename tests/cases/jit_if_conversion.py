# Short branch arms of pure arithmetic are computed both and selected in
# compiled code (if-conversion). The arm not taken must never change a
# result: its overflows, and values it would have written, are discarded.


def collatz_total(limit):
    total = 0
    for n in range(1, limit):
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            total += 1
    return total


def lcg_branches(n):
    s = 0
    x = 12345
    for i in range(n):
        x = (x * 75 + 74) % 65537
        if x & 1:
            s += 3
        else:
            s -= 1
    return s


def no_else(n):
    best = 0
    best_i = -1
    for i in range(n):
        v = (i * 7919) % 1009
        if v > best:
            best = v
            best_i = i
    return best, best_i


def floats(n):
    acc = 0.0
    for i in range(n):
        f = i * 0.5
        if i % 3 == 0:
            acc = acc + f * 2.0
        else:
            acc = acc - f
    return acc


def overflow_in_arm_not_taken(n):
    # The then-arm overflows the small-int range for large x, but only runs
    # (for real) when x is small: the else-arm is the one taken then.
    out = 0
    for i in range(n):
        x = 1 << 46 if i % 2 else i
        if x < 1000:
            y = x * 100000
        else:
            y = x - 1
        out += y & 0xFFFF
    return out


def overflow_in_arm_taken(n):
    total = 0
    for i in range(n):
        x = (1 << 45) + i if i > n - 5 else i
        if i % 2 == 0:
            x = x * 8
        else:
            x = x + 1
        total += x
    return total


def mixed_types(n):
    # The arms give one register an int and a float: no select there.
    out = []
    for i in range(n):
        if i % 2:
            r = i * 2
        else:
            r = i * 0.5
        out.append(r)
    return out[-4:]


def nested(n):
    acc = 0
    for a in range(n):
        x = a * 31
        if x % 3 == 0:
            acc += x
        elif x & 1:
            acc -= a
        else:
            acc += (x >> 2) - a
    return acc


def bools(n):
    t = 0
    for i in range(n):
        flag = i % 5 == 0
        if flag:
            k = 2
        else:
            k = 1
        t += k
    return t


print(collatz_total(3000))
print(lcg_branches(20000))
print(no_else(5000))
print(floats(3000))
print(overflow_in_arm_not_taken(2000))
print(overflow_in_arm_taken(2000))
print(mixed_types(500))
print(nested(5000))
print(bools(5000))
