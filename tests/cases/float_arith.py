a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a ** b, -a, +a, abs(-a))
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1.0 / 3.0, 2.0 ** 0.5)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5, 7 / 2.0)
print(type(1 + 2.0).__name__, type(2.0 * 3).__name__)
print(1e308 + 1e308, -1e308 - 1e308)
print(3.0 * 1e-320)
print(2.5 ** -2, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 4.0 ** 0.5)
x = 1.0
for i in range(10):
    x = x * 1.1 + 0.01
    print(x)
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1e16 + 1, 1e16 + 2, 2**53 + 1.0)
try:
    1.0 + None
except TypeError as e:
    print('TypeError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError raised', type(e).__name__)
