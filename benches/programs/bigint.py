# Big-integer arithmetic: digits of pi with Gibbons' unbounded spigot
# algorithm, plus a large factorial and Fibonacci number, with checksums.


def pi_digits(count):
    """Return the first `count` decimal digits of pi as a string."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (
                q * k,
                (2 * q + r) * l,
                t * l,
                k + 1,
                (q * (7 * k + 2) + r * l) // (t * l),
                l + 2,
            )
    return "".join([str(d) for d in digits])


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(value):
    total = 0
    while value:
        value, digit = divmod(value, 10 ** 9)
        while digit:
            total += digit % 10
            digit //= 10
    return total


def main():
    digits = pi_digits(3500)
    print("pi digits", len(digits), digits[:20], digits[-20:])
    print("pi digit sum", sum([int(c) for c in digits]))

    f = factorial(10000)
    print("10000! bits", f.bit_length(), "mod 1e9+7", f % 1000000007, "digit sum", digit_sum(f))

    fib = fibonacci(150000)
    print("fib(150000) bits", fib.bit_length(), "mod 2^61-1", fib % (2 ** 61 - 1))
    print("fib(150000) low digits", fib % 10 ** 20)


main()
