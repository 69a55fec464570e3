data = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 3), ('gina', 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
d2 = data[:]
d2.sort(key=lambda t: t[0], reverse=True)
d2.sort(key=lambda t: t[1])
print(d2)
vals = [(i % 5, i) for i in range(40)]
vals.sort(key=lambda p: p[0])
print(vals)
vals.sort(key=lambda p: -p[0], reverse=True)
print([v[1] for v in vals])
rev = sorted([3, 1, 2, 1, 3], reverse=True)
print(rev)
x = [1.0, 1, True, 0, 0.0, False]
print(sorted(x), sorted(x, reverse=True))
