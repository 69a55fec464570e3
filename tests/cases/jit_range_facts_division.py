# Range loops tell native code what their variable can be (`range(n)` starts
# at 0, a literal start or stop bounds it): divisions by ints that cannot
# be 0 need no check, and those that can still raise ZeroDivisionError.


def harmonic(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (i * (i + 1) // 2 + i + 1)
    return s


def shifted(n):
    s = 0.0
    for i in range(-5, n):
        s += 1.0 / (i * i + 1) + (i + 10) / (i + 6)
    return s


def hits_zero(n):
    s = 0.0
    for i in range(n):
        try:
            s += 1.0 / (i - 3)
        except ZeroDivisionError as e:
            print("at", i, e)
    return s


def below_stop(a):
    s = 0.0
    for i in range(a, 10):
        try:
            s += 100 / (10 - i) + 5.0 / i
        except ZeroDivisionError as e:
            print("at", i, e)
    return s


def big_start(n):
    # Beyond the span the JIT assumes: the recompile assumes nothing.
    s = 0
    for i in range(2 ** 40, 2 ** 40 + n):
        s += i % 97
    return s


print(harmonic(5000))
print(shifted(4000))
print(hits_zero(3000))
print(below_stop(-3000), below_stop(1))
print(big_start(3000))
