# Cell reads and writes (closures, nonlocal) and list-comprehension appends
# in compiled loops.


def counter():
    count = 0

    def bump(k):
        nonlocal count
        for _ in range(k):
            count += 1
        return count

    return bump


def comprehensions(xs, k):
    t = 0
    for i in range(300):
        t += sum([x * k + i for x in xs if x % 3])
        t += len([(x, i) for x in xs])
        t += sum({x % 7: x for x in xs}.values())
    return t


def unbound_cell(n):
    out = []
    for i in range(n):

        def read():
            return late

        if i % 100 == 99:
            try:
                read()
            except NameError as e:
                out.append(str(e))
    late = 1
    return out, read()


def shadow(n):
    def inner():
        total = 0
        for i in range(n):
            total += value
        return total

    value = 3
    a = inner()
    value = 2.5
    return a, inner()


b = counter()
print(b(5000), b(10))
print(comprehensions(list(range(60)), 3))
print(unbound_cell(300))
print(shadow(5000))
objs = [[i] for i in range(500)]
print(sum(len(o) for o in [[y for y in x] for x in objs]))
