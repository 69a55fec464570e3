def count_up(n):
    print('  start')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  end')
g = count_up(3)
print(type(g).__name__)
print('created, nothing run yet')
for v in g:
    print('got', v)
print(list(count_up(0)))
def multi():
    yield 'a'
    yield 'b'
    yield 'c'
print(list(multi()), [x + x for x in multi()])
m = multi()
print(next(m), next(m), next(m), next(m, 'end'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def yields_expr():
    x = yield 1
    print('  x is', x)
    yield 2
y = yields_expr()
print(next(y), next(y))
