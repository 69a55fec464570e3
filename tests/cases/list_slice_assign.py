l = list(range(10))
l[2:5] = ['a', 'b', 'c']; print(l)
l[2:5] = ['x']; print(l)
l[2:3] = ['p', 'q', 'r', 's']; print(l)
l[:0] = [-2, -1]; print(l)
l[len(l):] = [100]; print(l)
l[3:3] = ['ins']; print(l)
l[1:4] = []; print(l)
l[:] = [7, 8, 9]; print(l)
l[5:10] = ['far']; print(l)
l[-2:] = 'yz'; print(l)
l[0:2] = range(3); print(l)
a = [1, 2, 3]
a[1:2] = a
print(a)
b = [0, 1, 2, 3, 4]
b[::-1] = b[:]
print(b)
