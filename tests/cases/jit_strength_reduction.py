# Products of a loop's counter by constants, carried around the loop by the
# JIT (strength reduction): every step, start, sign and nesting must give
# the same values as multiplying each time, including after the loop and
# when the loop is entered part-way (OSR) or left by an exception.


def steps(n):
    acc = 0
    for b in range(n):
        x = b * 17 + 5
        acc += x % 7 + b * -3
    return acc


def strided(lo, hi, st):
    acc = 0
    for b in range(lo, hi, st):
        acc += b * 1000003 - (b * 12) // 5
    return acc


def nested(n):
    acc = 0
    for a in range(n):
        for b in range(40):
            x = a * 31 + b * 17
            if x % 3 == 0:
                acc += x // 3
            else:
                acc -= b * 2
        acc %= 1000003
    return acc


def while_counter(n):
    i = 0
    acc = 0
    while i < n:
        acc += i * 9 - i * 4
        i += 2
    return acc, i * 9


def after_loop(n):
    last = 0
    for b in range(n):
        last = b * 11
    return last, b * 11


def big_products(n):
    # Big enough to leave the small-int range: the JIT's checked products.
    acc = 0
    for b in range(n):
        acc += b * 1000000007 * 1000000007
    return acc


def raises(n):
    acc = 0
    for b in range(n):
        acc += 100 // (b * 3 - 3000)
    return acc


for n in (0, 1, 2, 5, 2000):
    print("steps", n, steps(n))
for lo, hi, st in ((0, 3000, 1), (5, 3000, 3), (3000, -50, -7), (-100, 100, 1), (10, 0, 1)):
    print("strided", lo, hi, st, strided(lo, hi, st))
print("nested", nested(300))
print("while", while_counter(3001))
print("after", after_loop(2500))
print("big", big_products(1500))
try:
    raises(2000)
except ZeroDivisionError as e:
    print("raised", e)
print("raises ok", raises(900))
