# A hot loop whose int values cross the machine-word boundaries part way through.
x = 1
for i in range(200):
    x = x * 3 + 1
    if i % 20 == 19 or 38 <= i <= 42:
        print(i, x)
y = 2**62 - 5000
for i in range(10000):
    y += 1
print(y, y - 2**62)
z = 2**63 - 5
steps = []
for i in range(10):
    z += 1
    steps.append(z)
print(steps[-6:])
n = -(2**63) + 3
for i in range(6):
    n -= 1
    print(n)
s = 0
for i in range(20000):
    s += i * i * i
print(s)
m = 1
for i in range(3000):
    m = (m * 6364136223846793005 + 1442695040888963407) % 2**64
print(m)
b = 1
for i in range(100):
    b <<= 1
for i in range(100):
    b >>= 1
print(b)
