t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(7), t.index(3), t.index(2), t.index(2, 2), t.index(2, 4))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
print(('a',) * 3, len(()), min(t), max(t), sum(t), sorted(t))
for i, v in enumerate(t):
    if v == 3:
        print('found at', i)
