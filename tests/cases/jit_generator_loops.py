# Generators: loops that do not yield run in native code (entered at their
# header, as on-stack replacement); the yields, sends, throws and returns
# stay the interpreter's.


def row_sums(rows):
    for r in rows:
        s = 0
        for x in r:
            s += x * x
        yield s


def windows(n):
    # A while loop inside, with floats; yields every tenth step.
    total = 0.0
    i = 0
    while i < n:
        j = 0
        while j < 50:
            total += (i ^ j) * 0.5
            j += 1
        if i % 10 == 0:
            got = yield total
            if got is not None:
                total = got
        i += 1
    return total


def failing(n):
    for k in range(n):
        t = 0
        for x in range(100):
            t += x
            if k == n - 1 and x == 50:
                raise ValueError("inside %d" % t)
        yield t


def only_return(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc
    yield


def delegating(n):
    yield from row_sums([[k, k + 1] for k in range(n)])
    extra = 0
    for i in range(1000):
        extra += i
    yield extra


def guarded(n):
    try:
        for k in range(n):
            s = 0
            for i in range(200):
                s += i * k
            yield s
    finally:
        print("finally ran")


def closure_gen(n):
    scale = 3

    def f(v):
        return v * scale

    for k in range(n):
        acc = 0
        for i in range(100):
            acc += i
        yield f(acc + k)


rows = [list(range(k % 7, k % 7 + 120)) for k in range(400)]
print(sum(row_sums(rows)))
print(sum(row_sums([[1.5, 2.5]] * 200)))
g = windows(300)
print(next(g))
print(g.send(1.0))
print(list(g)[-2:])
try:
    for v in failing(60):
        pass
except ValueError as e:
    print("caught", e)
try:
    next(only_return(20000))
except StopIteration as e:
    print("stop", e.value)
print(list(delegating(300))[-3:])
g = guarded(500)
print(next(g), next(g))
g.close()
g = guarded(500)
for _ in range(300):
    next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown back", e)
print(sum(closure_gen(300)))
print(sum(sum(x * x for x in range(k)) for k in range(300)))
# A garbage collection falls due inside native loops of a generator whose
# outer loop yields only sometimes: native code leaves at a back-edge that
# is not an entry point, and the interpreter must go on from there.
def allocating(n):
    total = 0
    for i in range(n):
        junk = [[j] for j in range(20)]
        total += len(junk)
        if i % 97 == 0:
            yield total


print(sum(allocating(20000)))


# A type change inside the native inner loop of a generator.
def mixed(items):
    for seq in items:
        t = 0
        for x in seq:
            t = t + x
        yield t
print(list(mixed([[1, 2]] * 300 + [[1, 2.5], ["a", "b"]]))[-3:])

