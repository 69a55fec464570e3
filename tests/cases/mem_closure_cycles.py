def make():
    def f():
        return f
    return f
n = 0
for i in range(100_000):
    g = make()
    if g() is g:
        n += 1
print(n)
def gen_cycle():
    def g():
        yield g
    return g()
m = 0
for i in range(50_000):
    it = gen_cycle()
    m += callable(next(it))
print(m)
