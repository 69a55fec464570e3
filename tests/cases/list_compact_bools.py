# Lists of bools made by repetition (which pylift keeps one byte per item)
# behave as lists in every operation.

def flags(n, v=True):
    return [v] * n


a = flags(100)
print(len(a), a[0], a[-1], a[99], a[-100], bool(a), type(a).__name__)
try:
    a[100]
except IndexError as e:
    print("IndexError", e)
try:
    a[-101] = False
except IndexError as e:
    print("IndexError", e)
a[3] = False
a[-2] = False
print(a[:6], a[-3:], a.count(False), a.index(False), False in a, 0 in a, 1 in a)
a[4] = 1
print(a[4], type(a[4]).__name__, a.count(True), sum(a))
b = [False, True] * 50
print(b[:5], len(b), sum(b), b[::25], b[1::40])
b.append(True)
b.append(False)
print(len(b), b[-3:])
b.append("x")
print(len(b), b[-3:])
c = flags(80, False)
c.extend([True, True])
print(len(c), c[-4:], c.pop(), c.pop(0), len(c))
c.insert(5, None)
print(c[3:8], len(c))
d = flags(70)
d.reverse()
d.sort()
print(d[:3], d == flags(70), d != flags(70, False), d < flags(71), flags(65) > flags(64))
e = flags(64, False) + flags(64)
print(len(e), e[63], e[64], type(e).__name__)
f = flags(64) * 2
print(len(f), all(f), any(flags(64, False)))
g = flags(66)
del g[0]
del g[10:20]
print(len(g))
g[0:3] = [False, False]
print(g[:4], len(g))
g.remove(False)
print(g[:4], len(g))
g.clear()
print(g, len(g), bool(g))
h = flags(100)
h[10:90] = []
print(h, len(h))
i = flags(64)
print(repr(i) == repr([True] * 64), str(flags(64, False))[:14])
print(list(reversed(flags(64)))[:2], sorted(flags(64), reverse=True)[:2], max(flags(64)), min(flags(64)))
print(list(enumerate(flags(65)))[-1], list(zip(flags(64), range(3))))
print(flags(64).copy() == flags(64), flags(64)[:] is not None, list(flags(64)) == flags(64))
print(tuple(flags(64))[:2], set(flags(64)), {k: v for k, v in enumerate(flags(64)) if k < 2})
j = flags(64)
j += [False]
j *= 2
print(len(j), j[64], j[129])
k = flags(64)
print(k.index(True, 10), k.count(1), hash(tuple(k)) == hash(tuple([True] * 64)))
m = flags(200)
for n in range(2, 15):
    if m[n]:
        for q in range(n * n, 200, n):
            m[q] = False
print([n for n in range(2, 200) if m[n]][:20])
s = flags(64)
it = iter(s)
next(it)
s[1] = False
print(next(it), next(it))
nested = [flags(64)] * 2
nested[0][0] = False
print(nested[1][0], nested[0] is nested[1])
import json
print(json.dumps(flags(64))[:20])
print(flags(64, 0)[:3], flags(64, 1)[:3], flags(64, None)[:2])
w = [True, False, True] * 30
print(w[:6], sum(w))
x = flags(64)
x[0] = 2.5
print(x[:2], len(x))
y = flags(64)
y[5] = True
y[6] = False
print(y[4:8], y.count(False))
sl = flags(100)
sl[5] = False
part = sl[3:9]
print(part, len(part), part[2], sl[95:200], sl[50:50], sl[:0] == [], sl[-2:])
part[0] = 7
print(part, sl[3])
ints = list(range(70))
sub = ints[10:20]
sub[0] = "x"
print(sub, ints[10], ints[5:8] + [1.5], [0.5, 1.5, 2.5][1:])
