# xs[k] op= v in hot code: the store reuses the element the read found (no
# second bounds check, no release of an old number). Aliasing indices,
# stores of objects over numbers and back, and index registers rebound in
# between must all still see the list as the interpreter does.


def rmw(xs, n):
    for i in range(n):
        k = i % len(xs)
        j = (i * 7) % len(xs)
        xs[k] += 1.5
        xs[j] -= 0.5  # j may equal k: the same element twice
        xs[0] *= 1.0
        xs[-1] += xs[k] * 0.001
        a = xs[k]
        xs[j] = a + 1
    return xs


def objects(xs, n):
    for i in range(n):
        k = i % len(xs)
        v = xs[k]
        xs[k] = [v]  # an object over a number
        w = xs[k]
        xs[k] = len(w) + i  # a number over the object (freed here)
        k = (k + 1) % len(xs)
        xs[k] = xs[k] + 1
    return xs


def swaps(xs, n):
    for i in range(n):
        a = i % len(xs)
        b = (a + 3) % len(xs)
        xs[a], xs[b] = xs[b], xs[a]
        xs[a] = xs[a] + xs[b]
    return xs


for _ in range(2):
    print(rmw([0.0] * 5, 4000))
    print(objects(list(range(6)), 3000))
    print(swaps(list(range(7)), 3000))
