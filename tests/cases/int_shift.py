for n in (1, 3, -1, -3, 255, -256):
    for k in (0, 1, 31, 32, 47, 48, 62, 63, 64, 65, 100):
        print(n, k, n << k)
big = 1 << 200
print(big >> 199, big >> 200, big >> 201, big >> 1000)
print(-big >> 199, -big >> 201, -(big + 1) >> 200)
print((1 << 64) >> 1, ((1 << 64) + 5) >> 2)
print(-1 >> 1, -1 >> 100, -5 >> 1, -4 >> 1, 5 >> 1, 7 >> 3)
print(0 << 1000, 0 >> 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
x = 1
for i in range(10):
    x <<= 13
    print(x)
for i in range(10):
    x >>= 13
    print(x)
