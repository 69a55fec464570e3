fs = [lambda: 1.5 ^ True, lambda: 2 & 1.0, lambda: True | 2.5, lambda: 1.0 << 2, lambda: 3 >> 1.0, lambda: 1 @ 2, lambda: 1.0 @ 2, lambda: True @ False]
for f in fs:
    try:
        f()
    except TypeError as x:
        print(x)
a = 1.0
try:
    a ^= True
except TypeError as x:
    print(x)
b = 5
try:
    b <<= 2.0
except TypeError as x:
    print(x)
print(True ^ True, True & 3, 6 | False, 1 << True)
