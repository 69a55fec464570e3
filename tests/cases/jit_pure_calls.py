# Frameless calls of pure functions: recursive numeric functions called
# from compiled code run without interpreter frames; anything they cannot
# finish natively (big ints, other types, the recursion limit, a rebound
# global) must give exactly the interpreter's results.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def power(b, e):
    # Leaves the small-int range quickly: big ints must come out exact.
    if e == 0:
        return 1
    return b * power(b, e - 1)


def fsum(x, n):
    # Floats through a pure call chain.
    if n == 0:
        return x
    return fsum(x * 0.5 + 1.0, n - 1) + 0.25


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def half(n):
    # True division of ints: a float result.
    if n < 1:
        return n / 3
    return half(n - 1) + n / 7


def mixed_ret(n):
    # An int on one path, a float on the other: a boxed result.
    if n < 3:
        return n
    return mixed_ret(n - 1) * 1.5


def flag_or_none(n):
    # True, False or None: a boxed result.
    if n == 0:
        return None
    if n == 1:
        return n > 0
    return flag_or_none(n - 2)


def main():
    print("mixed_ret", [mixed_ret(i) for i in range(8)])
    print("flag_or_none", [flag_or_none(i) for i in range(8)])
    total = 0
    for i in range(25):
        total += fib(i)
    print("fib", total, fib(24))
    print("tak", tak(18, 12, 6), [tak(i, 4, 2) for i in range(8)])
    print("ack", ack(2, 3), ack(3, 3))
    print("even", [is_even(i) for i in range(10)], is_odd(301))
    for e in (10, 40, 47, 48, 60, 100):
        print("power", e, power(2, e), power(-3, e))
    print("fsum", fsum(1.0, 30), fsum(0.1, 5))
    print("half", half(20), half(0))
    # Mixed argument types at one site: ints, then floats, then strings.
    print("mixed", [power(x, 3) for x in (2, 3, 2.5, 0.5)], power("ab", 0))
    try:
        power("ab", 2)
    except TypeError as e:
        print("TypeError", e)
    # Deeper than the recursion limit: RecursionError, not a native answer.
    print("depth", depth(500))
    try:
        depth(100000)
    except RecursionError as e:
        print("RecursionError", e)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        depth(300)
    except RecursionError:
        print("limit 200 holds")
    sys.setrecursionlimit(old)
    print("depth again", depth(150))


for round in range(3):
    main()


# A pure callee rebound after its callers were compiled.
def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1


def use_g(k):
    return g(k)


for i in range(300):
    use_g(10)
print("before", use_g(10))
old_g = g


def g(n):
    return -n


print("after", use_g(10), old_g(10))


# Division by zero deep inside a pure chain raises from the right frame.
def inv(n):
    if n == 0:
        return 1 // n
    return inv(n - 1) + 1


def run_inv(k):
    return inv(k)


for i in range(300):
    try:
        run_inv(5)
    except ZeroDivisionError:
        pass
try:
    run_inv(3)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Compiled first on shallow calls, then asked to go past the limit: the
# frameless chain runs out of budget and the call is made with frames.
def depth2(n):
    if n == 0:
        return 0
    return 1 + depth2(n - 1)


def deep():
    for i in range(300):
        depth2(5)
    print("depth2", depth2(900))
    for k in range(10):
        try:
            depth2(5000)
        except RecursionError as e:
            print("RecursionError", k, e)
    print("depth2 again", depth2(10))


deep()
