# The same variables change type after the loop has become hot.
acc = 0
for i in range(12000):
    if i == 6000:
        acc = float(acc)
    if i == 9000:
        acc = acc * 2**70
    acc += 1
print(acc, type(acc).__name__)
vals = []
v = 0
for i in range(10000):
    if i < 4000:
        v = i
    elif i < 7000:
        v = i / 2
    elif i < 9000:
        v = str(i)
    else:
        v = [i]
    if i % 1000 == 999:
        vals.append((type(v).__name__, v))
print(vals)
t = 0
for i in range(5000):
    t += True if i % 2 else 1.5
print(t)
