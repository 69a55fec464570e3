# `for x in a_list` loops whose iterator is only an index in a register:
# the list may grow or shrink while the loop runs, the loop may deoptimize
# or break, and an iterator the program holds itself is never replaced.


def grow_while_iterating(n):
    data = [1, 2, 3]
    seen = 0
    for x in data:
        seen += x
        if len(data) < n:
            data.append(x + 1)
    return seen, len(data)


print(grow_while_iterating(50))


def shrink_while_iterating():
    data = list(range(10))
    out = []
    for x in data:
        out.append(x)
        if data:
            data.pop()
    return out


for _ in range(3):
    r = shrink_while_iterating()
print(r)


def float_then_big(rows):
    total = 0
    for v in rows:
        total = total * 3 + v
    return total


print(float_then_big(list(range(60))))
print(float_then_big([0.5] * 10 + [1] * 5))


def pairs_sum(pairs):
    acc = 0.0
    for a, b in pairs:
        acc += a * b
    return acc


ps = [(i * 0.5, i * 0.25) for i in range(100)]
print(pairs_sum(ps), pairs_sum(ps))


def shared_iterator(items):
    it = iter(items)
    first = []
    for x in it:
        first.append(x)
        if x == 3:
            break
    return first, list(it)


for _ in range(4):
    r = shared_iterator([1, 2, 3, 4, 5])
print(r)


def nested(grid):
    s = 0
    for row in grid:
        for v in row:
            s += v
    return s


g = [[i * j for j in range(7)] for i in range(9)]
print(nested(g), nested(g))


def early_exit(data, stop):
    for x in data:
        if x == stop:
            return x * 2
    return None


print([early_exit(list(range(20)), k) for k in (3, 19, 25)])
