def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(gen):
    for x in gen:
        if x % 2 == 0:
            yield x

def squares(gen):
    return (x * x for x in gen)

print(list(squares(evens(count_up(20)))))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), list(take(0, fib())))
print(sum(take(100, fib())))

def chunks(lst, n):
    for i in range(0, len(lst), n):
        yield lst[i:i + n]
print(list(chunks(list(range(10)), 3)))

def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[]]], 8])))

def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

acc = accumulate()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

def deleg():
    r = yield from accumulate()
    yield f"inner returned {r}"
d = deleg()
next(d)
d.send(1)
d.send(2)
print(d.send(None))

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gf = gen_with_finally()
print(next(gf))
gf.close()
print("closed")
print(list(gen_with_finally()))

gen_exp = (i * 2 for i in range(5))
print(type(gen_exp).__name__, 4 in gen_exp, list(gen_exp))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in []))
print(sorted((x % 7 for x in range(20)), reverse=True))
print(dict((k, v) for k, v in zip("abc", range(3))), set(x % 3 for x in range(10)), tuple(c for c in "hey"))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [x] + p
print([''.join(p) for p in permutations("abc")])
print(len(list(permutations(list(range(6))))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield (items[i],) + c
print(list(combinations("abcd", 2)))
print(list(combinations([1, 2, 3], 3)), list(combinations([1], 2)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
pg = primes()
print([next(pg) for _ in range(20)])

def throw_demo():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
    yield 3
t = throw_demo()
print(next(t), t.throw(ValueError("boom")), next(t))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
ri = reversed([1, 2, 3])
print(next(ri), list(ri))
print(list(zip(count_up(3), "abcdef")), list(map(lambda a, b: a * b, [1, 2, 3], count_up(10))))
def g2():
    yield
print(list(g2()), g2().__name__)
