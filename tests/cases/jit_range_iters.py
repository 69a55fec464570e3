# Range loops in compiled code: the iterator is checked once per loop entry
# (small-int bounds), then stepped with no checks; anything else must still
# behave as in CPython.


def total(r):
    t = 0
    for x in r:
        t += x
    return t


def shared(n):
    it = iter(range(n))
    out = []
    for x in it:
        out.append(x)
        if x % 3 == 0:
            out.append(next(it, -1))
    return out[-6:], len(out)


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i, 0, -3):
            t += j ^ i
    return t


def early(n):
    for i in range(n):
        if i * i > 5000:
            return i
    return -1


for _ in range(3):
    print(total(range(2000)))
print(total(range(2 ** 46, 2 ** 46 + 3000)))
print(total(range(2 ** 47 - 1500, 2 ** 47 + 1500)))
print(total(range(2 ** 50, 2 ** 50 + 2000)))
print(total(range(10, -3000, -7)))
print(total(range(5, 10 ** 6, 2 ** 62)))
print(total(range(0, 2 ** 63 - 1, 2 ** 61)))
print(total(range(-2 ** 47, -2 ** 47 + 2000)))
print(shared(3000))
print(nested(300))
print(early(10 ** 9))
print(total([1, 2, 3] * 500), total((x for x in range(1500))))
