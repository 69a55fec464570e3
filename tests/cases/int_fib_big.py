a, b = 0, 1
for i in range(300):
    a, b = b, a + b
    if i % 25 == 0:
        print(i, a)
print(a)
print(a % 10**9, a // 10**50)
