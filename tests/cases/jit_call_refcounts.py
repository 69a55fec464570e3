# Reference counts of functions and their globals stay exact across native
# calls that return, raise, deoptimize (an int growing into a big int) and
# recurse: once warm, more calls change nothing.
import sys


def callee(x):
    if x % 97 == 13:
        raise ValueError(x)
    if x > 900:
        return x * 2 ** 60
    return x + 1


def caller(n):
    t = 0
    for i in range(n):
        try:
            t += callee(i)
        except ValueError:
            t -= 1
    return t


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


def main():
    g = globals()
    for _ in range(3):
        caller(1000)
        depth(50)
    before = (sys.getrefcount(callee), sys.getrefcount(depth), sys.getrefcount(g))
    for _ in range(5):
        r = caller(1000)
        d = depth(200)
    after = (sys.getrefcount(callee), sys.getrefcount(depth), sys.getrefcount(g))
    print(r, d, [a - b for a, b in zip(after, before)])


main()
