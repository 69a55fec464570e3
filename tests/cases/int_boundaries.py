# Values around the small/big int boundaries a runtime might use.
for e in (30, 31, 32, 47, 48, 62, 63, 64, 65):
    v = 2 ** e
    print(e, v - 1, v, v + 1, -v - 1, -v, -v + 1)
print(2**63 - 1 == 9223372036854775807)
print(-2**63 == -9223372036854775808)
print(type(2**64).__name__)
x = 2**62
print(x + x, x + x - x, (x + x) // 2 == x)
y = -(2**63)
print(y - 1, y - 1 + 1, y * -1, -y)
print(abs(-(2**63)), abs(-(2**64)))
print(2**48 * 2**48, 2**47 * -(2**47))
print((2**64) - (2**64 - 5))
print(2**100 - 2**100 + 7, type(2**100 - 2**100).__name__)
