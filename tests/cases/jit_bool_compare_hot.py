t = 0
for i in range(10000):
    t += (i % 3 == 0) + (i % 5 == 0) * 2
print(t)
c = 0
for i in range(10000):
    if 100 < i < 9000 and not (i % 11) or i == 5:
        c += 1
print(c)
x = 0
for i in range(10000):
    x += -1 if i & 1 else 1
print(x)
big = 2**64
hits = 0
for i in range(5000):
    if big + i > big + 2500 >= i:
        hits += 1
print(hits)
flag = None
for i in range(3000):
    flag = i % 2 == 0 or flag
print(flag)
v = [i is None for i in [None, 0, False, None]]
print(v)
