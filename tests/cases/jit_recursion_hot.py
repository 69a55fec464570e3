def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
s = 0
for i in range(1, 3000):
    s += gcd(i * 7919, 104729 * (i % 13 + 1))
print(s)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
total = 0
for i in range(300):
    total += count(i)
print(total)
def power_set_size(xs):
    if not xs:
        return 1
    return 2 * power_set_size(xs[1:])
print(power_set_size(list(range(60))))
