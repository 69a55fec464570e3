s = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    s.add(x)
    print(s, len(s))
s.remove(4); print(s)
s.discard(100); print(s)
s.discard(9); print(s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
print(1 in s, 4 in s, len(s))
s.clear(); print(s, len(s))
t = {1, 2}
u = t.copy()
u.add(3)
print(t, u)
