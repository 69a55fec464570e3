xs = []
for i in range(10000):
    xs.append(i * 2)
print(len(xs), xs[-1], xs[-10000], sum(xs))
total = 0
for i in range(-10000, 0):
    total += xs[i]
print(total)
try:
    for i in range(10001):
        total += xs[i]
except IndexError as e:
    print('IndexError:', e, total)
d = {}
for i in range(10000):
    d[i % 97] = d.get(i % 97, 0) + i
print(len(d), d[0], d[96], sum(d.values()))
s = set()
for i in range(10000):
    s.add(i % 50 * 3)
print(len(s), min(s), max(s))
t = tuple(range(100))
acc = 0
for rep in range(100):
    for i in range(len(t)):
        acc += t[i]
print(acc)
st = ''
for i in range(2000):
    st += 'ab'[i % 2]
print(len(st), st[:10], st.count('a'))
