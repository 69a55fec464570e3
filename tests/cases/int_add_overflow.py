big = 9223372036854775807
print(big + 1)
print(big + big)
print(-big - 1)
print(-big - 2)
print(-big - 1 - 1)
a = 4611686018427387904  # 2**62
print(a + a)
print(a + a - 1)
print(a + a + a + a)
s = 0
for i in range(70):
    s += 2 ** i
    if i % 10 == 9 or i > 60:
        print(i, s)
print(s - (2**70 - 1) + 2**70 - 2**70)
n = 2**64
print(n - 2**64, n - n == 0, n + (-n))
m = 1
for _ in range(5):
    m = m * 1000003 - 1
    print(m)
while m > 10:
    m = m // 1000003
    print(m)
