# Ints live in registers when native code leaves (a deoptimization, a
# resume, a GC safe point): the interpreter must see each with its value,
# negative, near the small-int limits, in low and high registers.


def many_locals(n, big):
    a0 = 1; a1 = -2; a2 = 3; a3 = -4; a4 = 5; a5 = -6; a6 = 7; a7 = -8
    a8 = 9; a9 = -10; a10 = 11; a11 = -12; a12 = 13; a13 = -14; a14 = 15
    a15 = -16; a16 = 17; a17 = -18; a18 = 19; a19 = -20
    for i in range(n):
        a0 += 1; a1 -= 1; a2 += i; a3 -= i; a4 ^= i; a5 = -a5
        a6 += a0; a7 -= a1; a8 += 2; a9 -= 2; a10 += a2 % 7; a11 -= a3 % 5
        a12 += 1; a13 -= 1; a14 += a4 & 3; a15 -= a5 & 3; a16 += 1; a17 -= 1
        a18 += a16; a19 -= a17
        if i == n - 1:
            a0 = a0 + big  # overflows the small-int range: deoptimizes
    return [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19]


def near_limits(n):
    lo = -(2 ** 47) + 5
    hi = 2 ** 47 - 5
    out = []
    for i in range(n):
        lo -= 1 if i % 1000 == 999 else 0
        hi += 1 if i % 1000 == 999 else 0
        if i == n - 1:
            out.append((lo - 10, hi + 10))  # leaves the range
    return lo, hi, out


def type_change(n):
    x = 0
    y = -7
    for i in range(n):
        x += i
        y -= 1
        if i == n - 2:
            x = x / 2  # becomes a float: a guard fails in the loop
    return x, y


def exception_in_loop(n):
    count = -3
    total = 0
    for i in range(n):
        count += 1
        try:
            total += 10 // (i - n // 2)
        except ZeroDivisionError:
            total -= count
    return count, total


print(many_locals(3000, 2 ** 47 - 10))
print(many_locals(3000, -(2 ** 47) - 3010))
print(near_limits(5000))
print(type_change(4000))
print(exception_in_loop(4000))
