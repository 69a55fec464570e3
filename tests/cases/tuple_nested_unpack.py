data = [(1, ('a', 'b')), (2, ('c', 'd'))]
for n, (x, y) in data:
    print(n, x, y)
((a, b), (c, d)) = [[1, 2], [3, 4]]
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
pairs = [((i, i * i), str(i)) for i in range(3)]
for (i, sq), s in pairs:
    print(i, sq, s)
x = [0, 0]
x[0], x[1] = 5, 6
print(x)
class O:
    pass
o = O()
o.a, o.b = 'AB'
print(o.a, o.b)
d = {}
d['k'], d['j'] = (1, 2)
print(d)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
