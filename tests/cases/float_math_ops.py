x = 3.7
print(int(x), round(x), x // 1, x % 1, -x // 1, -x % 1)
y = 10.0
y += 2.5; print(y)
y -= 0.5; print(y)
y *= 3; print(y)
y /= 4; print(y)
y //= 2; print(y)
y **= 3; print(y)
y %= 7; print(y)
print(divmod(10.5, 3), divmod(-10.5, 3))
print(abs(-2.5), -abs(2.5), float(-0) == 0)
print(0.1 + 0.7, 3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9)
