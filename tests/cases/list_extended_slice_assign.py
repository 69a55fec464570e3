l = list(range(10))
l[::2] = ['a', 'b', 'c', 'd', 'e']; print(l)
l[1::2] = [0] * 5; print(l)
l[::-3] = 'WXYZ'; print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
m = list(range(10))
del m[::2]; print(m)
del m[::-2]; print(m)
n = list(range(10))
del n[1:8:3]; print(n)
n[::1] = ['whole']; print(n)
try:
    n[0:1:0] = []
except ValueError as e:
    print('ValueError:', e)
