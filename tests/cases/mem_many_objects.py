items = []
for i in range(50_000):
    items.append((i, str(i), [i]))
print(len(items), items[-1][1], sum(t[0] for t in items))
items = None
big = [list(range(10)) for _ in range(10_000)]
print(sum(len(x) for x in big))
big = []
s = ''
for i in range(20_000):
    s += 'x'
print(len(s))
keep = {}
for i in range(50_000):
    keep[i % 1000] = [i] * 3
print(len(keep), keep[999])
