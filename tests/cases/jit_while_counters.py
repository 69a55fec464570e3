i = 0
while i < 100000:
    i += 7
print(i)
j = 2**31 - 10000
while j < 2**31 + 10000:
    j += 3
print(j)
k = 2**32 - 3000
steps = 0
while k < 2**32 + 3000:
    k += 1
    steps += 1
print(k, steps)
n = 10**6
c = 0
while n > 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    c += 1
print(c)
a = 0
b = 0
while True:
    a += 1
    if a % 2:
        continue
    b += a
    if b > 10**7:
        break
print(a, b)
