l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::2], l[::-1], l[8:1:-2], l[100:], l[-100:2])
s = l[:]
s[0] = 'changed'
print(l[0], s[0])
print(l[1:9:3], l[-1:-5:-1], l[5:5], l[3:-3])
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
bad = [[0] * 3] * 3
bad[1][2] = 5
print(bad)
print(l[len(l) - 1], l[-len(l)])
try:
    l[10]
except IndexError as e:
    print('IndexError:', e)
try:
    l[-11]
except IndexError as e:
    print('IndexError:', e)
try:
    l['a']
except TypeError as e:
    print('TypeError:', e)
