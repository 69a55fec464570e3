def make_counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter()
for i in range(10000):
    c(i % 3)
print(c(0))
def squares(n):
    for i in range(n):
        yield i * i
total = 0
for v in squares(10000):
    total += v
print(total)
print(sum(x for x in range(10000) if x % 7 == 3))
gens = [squares(5) for _ in range(2000)]
print(sum(sum(g) for g in gens))
adders = [lambda x, k=k: x + k for k in range(50)]
acc = 0
for rep in range(100):
    for f in adders:
        acc = f(acc) % 1000003
print(acc)
