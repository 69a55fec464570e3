# List indexing in hot loops whose slow cases leave native code (an index
# out of range, storing a number over the last reference to an object):
# the interpreter takes over at that instruction, with the same results,
# errors and object lifetimes.


class Noisy:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        print("del", self.k)


def overwrite(items, n):
    t = 0
    for i in range(n):
        items[i % len(items)] = i
        t += items[i % len(items)]
    return t


def reads(xs, n):
    t = 0
    misses = 0
    for i in range(n):
        try:
            t += xs[i]
        except IndexError:
            misses += 1
    return t, misses


def writes(xs, n):
    for i in range(n):
        xs[i] = False
    return xs


for r in range(3):
    kept = Noisy(100 + r)
    items = [Noisy(r * 10 + k) for k in range(4)] + [kept, 7, 2.5]
    print("overwrite", overwrite(items, 3000))
    print("kept", kept.k)
    del kept
    print("reads", reads(list(range(2000)), 2500))
    print("reads neg", reads(list(range(50)), 40))
    try:
        writes([True] * 100, 200)
    except IndexError as e:
        print("IndexError", e)
    print("writes", sum(writes([True] * 3000, 3000)))


def negatives(xs, n):
    # Variable and literal negative indices, in and out of range.
    t = 0
    for i in range(n):
        k = -(i % (len(xs) + 2)) - 1
        try:
            t += xs[k] + xs[-1] * 2 + xs[0]
            xs[-2] = i
            xs[k] = xs[k] + 1
        except IndexError as e:
            t -= 1
    return t, xs[-3:], tuple(xs)[-1]


print("negatives", negatives(list(range(10)), 3000))
print("negatives", negatives([5], 3000))
