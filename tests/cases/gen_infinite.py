def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
for n in naturals(5):
    if n > 9:
        break
    print(n)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
ps = primes()
print([next(ps) for _ in range(20)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, (x * x for x in naturals())))
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
print(list(collatz(27))[:20], len(list(collatz(27))))
