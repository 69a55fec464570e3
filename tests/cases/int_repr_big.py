x = 1
for i in range(1, 60):
    x *= i
print(x)
print(str(x)[:10], len(str(x)))
print(repr(-x))
print(2**1000)
print(len(str(3**2000)))
y = int(str(x))
print(y == x)
print(-(10**50) // 7)
s = 0
for i in range(1, 101):
    s += i ** 20
print(s)
print(s % 1000000007)
