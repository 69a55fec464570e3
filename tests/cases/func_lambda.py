sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: 'noargs')(), (lambda *a, **k: (a, k))(1, k=2))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(sq.__name__, type(sq).__name__)
cond = lambda x: 'even' if x % 2 == 0 else 'odd'
print(cond(3), cond(4))
