# Calls between compiled functions (direct native calls): results, deopts
# inside callees, exceptions through native frames, recursion limits,
# returns from except blocks, rebinding of the callee.
import sys


def add(a, b):
    return a + b


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def checked(x):
    if x == 77:
        raise ValueError("bad value %d" % x)
    return x * 2


def from_except(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1


def exc_info_name():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def driver():
    total = 0
    for i in range(3000):
        total += add(i, 1)
    print("ints", total)
    # The callee now sees floats, big ints and strings: it deoptimizes.
    print("floats", add(1.5, 2.25), add(2 ** 62, 2 ** 62), add("a", "b"))
    t = 0.0
    for i in range(500):
        t += add(i * 0.5, 0.25)
    print("after deopt", t)
    print("fib", fib(20))
    print("parity", is_even(300), is_odd(301), is_even(7))
    caught = 0
    for i in range(200):
        try:
            checked(i)
        except ValueError as e:
            caught += 1
            msg = str(e)
    print("caught", caught, msg)
    r = 0
    for i in range(-50, 50):
        r += from_except(i)
    print("from except", r)
    try:
        raise KeyError("k")
    except KeyError:
        names = [exc_info_name() for _ in range(3)]
        for _ in range(200):
            n = exc_info_name()
        print("inside handler", names[0], n)
    print("outside handler", exc_info_name())
    print("depth", depth(500))
    try:
        depth(100000)
    except RecursionError as e:
        print("RecursionError", e)
    print("depth again", depth(900))


driver()


def add(a, b):
    return a - b


def driver2():
    s = 0
    for i in range(300):
        s += add(i, 1)
    return s


print("rebound", driver2())
old_limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(250)
except RecursionError:
    print("limit 200 holds")
sys.setrecursionlimit(old_limit)
print("limit restored", depth(700))


def maybe(x):
    if x > 5:
        y = x
    return y


def unbound_driver():
    s = 0
    for i in range(6, 400):
        s += maybe(i)
    print("maybe", s)
    try:
        maybe(1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


unbound_driver()
