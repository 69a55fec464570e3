# Pure recursive functions whose result is a sum ending in a self-call
# (`return f(n - 1) + f(n - 2)`): native code may loop instead of making
# the last call, adding up as it goes. Results, big-int overflow, the
# recursion limit and float sums must be exactly as with real calls.

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tri(n):
    if n == 0:
        return 0
    return n + tri(n - 1)


def big_steps(n):
    # Sums past the small-int range.
    if n == 0:
        return 1
    return 70368744177664 + big_steps(n - 1)


def floats(n):
    # Float sums are not reassociated (rounding would differ).
    if n == 0:
        return 0.1
    return floats(n - 1) + 0.7


def mixed(n):
    # The first addend is not always an int.
    if n == 0:
        return 0
    return (0.5 if n == 7 else 1) + mixed(n - 1)


def left(n):
    # The self-call on the left.
    if n <= 1:
        return 1
    return left(n - 1) + 2 * n


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


def caller():
    total = 0
    for k in range(300):
        total += fib(k % 18) + tri(k % 40) + left(k % 30)
    return total


def main():
    print(caller())
    print([fib(k) for k in range(20)])
    print(tri(200), left(200))
    print([big_steps(k) for k in (0, 1, 2, 3, 5, 8)])
    print(sum(big_steps(k % 9) for k in range(500)))
    print(floats(10), sum(floats(k % 12) for k in range(400)))
    print(mixed(10), sum(mixed(k % 12) for k in range(400)))
    print(sum(deep(k % 50) for k in range(500)))
    sys.setrecursionlimit(400)
    for n in (100, 300, 390, 2000):
        try:
            print(n, deep(n))
        except RecursionError as e:
            print(n, "RecursionError", e)
    for n in (100, 2000):
        try:
            print(n, tri(n))
        except RecursionError as e:
            print(n, "RecursionError", e)


main()
