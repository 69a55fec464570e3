t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y = 'xy'
print(x, y)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
def mm(xs):
    return min(xs), max(xs)
lo, hi = mm([4, 9, 1])
print(lo, hi)
e = ()
s = (5,)
print(e, s, (5), len(s), type((5)).__name__)
a = b = c = 7
print(a, b, c)
i, j = j, i = 1, 2
print(i, j)
first, second = range(2)
print(first, second)
