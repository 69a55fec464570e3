print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(2, 100), pow(3, 50), pow(-3, 41))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 3, 9 ** 0.0, type(2 ** 2).__name__, type(2 ** -2).__name__)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(10 ** 30)
print(7 ** 77)
x = 3
x **= 4
print(x)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
