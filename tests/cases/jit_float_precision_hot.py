x = 0.0
for i in range(10000):
    x += 0.1
print(x, repr(x))
y = 1.0
for i in range(1000):
    y *= 1.001
print(y)
z = 1e308
for i in range(3):
    z *= 10
    print(z)
w = 5e-324
for i in range(3):
    w /= 2
    print(w)
s = 0.0
for i in range(1, 10000):
    s += (-1) ** i / i
print(s)
n = 0
for i in range(10000):
    if (i * 0.1) % 1 == 0:
        n += 1
print(n)
m = 2**53
f = float(m)
for i in range(5):
    f += 1
print(f, f == m, int(f))
