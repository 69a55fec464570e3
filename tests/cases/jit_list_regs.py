# Registers the JIT knows hold lists (checked once, where a loop is entered):
# the register may be rebound to anything, the list may grow or shrink under
# it, and every access must still behave exactly as in CPython.


class Seq:
    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, v):
        print("set", i, v)


def total(xs, n):
    t = 0
    for i in range(n):
        t += xs[i % 5]
    return t


def grow(n):
    xs = [0]
    for i in range(n):
        xs.append(xs[i] + 1)
        xs[i] = xs[-1] * 2
    return xs[-3:], len(xs)


def shrink(n):
    xs = list(range(n))
    t = 0
    try:
        for i in range(n):
            t += xs[i]
            if i % 100 == 99:
                del xs[-50:]
    except IndexError as e:
        return t, str(e)
    return t, None


def rebind(n):
    xs = [1, 2, 3, 4, 5]
    t = 0
    for i in range(n):
        t += xs[i % 3]
        if i == n // 2:
            xs = (7, 8, 9)
        if i == n - 10:
            xs = {0: 100, 1: 200, 2: 300}
    return t


def store(xs, n):
    for i in range(n):
        xs[i % 4] = i
    return xs


for _ in range(3):
    print(total([1, 2, 3, 4, 5], 3000))
print(total((1, 2, 3, 4, 5), 3000))
print(total("abcde", 5) if False else total(Seq(), 10))
print(total({0: 1, 1: 2, 2: 3, 3: 4, 4: 5}, 3000))
print(grow(3000))
print(shrink(1000))
print(rebind(3000))
print(store([0, 0, 0, 0], 3000))
s = store(Seq(), 3)
try:
    store((1, 2, 3, 4), 10)
except TypeError as e:
    print("TypeError:", e)
try:
    total([1, 2], 3000)
except IndexError as e:
    print("IndexError:", e)
