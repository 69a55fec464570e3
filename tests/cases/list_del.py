l = list(range(10))
del l[0]; print(l)
del l[-1]; print(l)
del l[2:4]; print(l)
del l[:]; print(l)
k = [1, 2, 3]
del k[5:]
print(k)
try:
    del k[3]
except IndexError as e:
    print('IndexError:', e)
x = [1, [2, 3]]
del x[1][0]
print(x)
