total = 0
for i in range(200_000):
    l = [i]
    l.append(l)
    total += len(l) + l[1][1][0]
    if i % 50_000 == 0:
        print(i, total)
print('done', total)
x = [1]
x.append(x)
print(x)
d = {'k': 1}
d['self'] = d
print(d)
