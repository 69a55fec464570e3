a = 2**100 + 12345
b = 2**70 - 1
print(a & b, a | b, a ^ b)
print(~a, ~-a, -a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print((2**64 - 1) & -(2**64), (2**64 - 1) | -(2**64))
print(-(2**63) & (2**63 - 1), -(2**63) | (2**63 - 1))
print((1 << 128) ^ (1 << 128), ((1 << 128) | 1) & 3)
print(0xFFFFFFFFFFFFFFFFFFFF & 0xF0F0, 0x123456789ABCDEF0123 ^ 0xFFFF)
m = 0
for i in range(0, 130, 13):
    m |= 1 << i
    print(m)
print(m & -m, (m ^ (m >> 1)) & 0xFFFF)
