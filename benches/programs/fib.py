# Recursive Fibonacci: stresses function calls, small-int arithmetic and comparisons.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 33
    total = 0
    for k in range(n - 2, n + 1):
        value = fib(k)
        total += value
        print("fib(%d) = %d" % (k, value))
    print("checksum", total)


main()
