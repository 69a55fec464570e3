# A long loop at module level: entered in native code mid-run (OSR).
total = 0
x = 0.5
for i in range(200000):
    total += i % 7
    if i % 1000 == 0:
        x = x * 1.001 + 0.5
n = 0
while n < 100000:
    n += 3
print(total, x, n)
squares = [0] * 1000
for i in range(1000):
    squares[i] = i * i
print(sum(squares), squares[-1])
