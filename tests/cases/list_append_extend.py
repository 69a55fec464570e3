l = []
for i in range(5):
    l.append(i * i)
    print(l)
l.extend([100, 200])
print(l)
l.extend(range(3))
l.extend('ab')
l.extend((9,))
l.extend({7: 'x'})
print(l, len(l))
l.append([1, 2])
print(l[-1], len(l))
m = [1]
m.extend(m)
print(m)
m.append(m[:])
print(m)
big = []
for i in range(1000):
    big.append(i)
print(len(big), big[999], sum(big))
