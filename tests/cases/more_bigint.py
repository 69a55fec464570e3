def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = factorial(50)
print(f50)
print(len(str(factorial(200))), sum(int(d) for d in str(factorial(100))))
print(2 ** 200, -(2 ** 200), 2 ** 64 - 1, -2 ** 63)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, divmod(b, a), divmod(-b, a), divmod(b, -a))
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(b / a, a / 3, 2 ** 100 / 2 ** 99, (10 ** 30) / (10 ** 10))
print(a ** 3, pow(a, 2, 10 ** 9 + 7), pow(3, 1000, 1000), pow(2, -1), pow(-2, 3))
print(a == a + 0, a < b, a > b, a <= a, -a < a, a != b, a == float(a), 10 ** 20 == 1e20)
print(abs(-a), -a, +a, ~a, a & b, a | b, a ^ b)
print(a << 10, a >> 10, 1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 3)
print(hex(a), oct(a), bin(2 ** 70), hex(-a), int(hex(a), 16) == a)
print(int("123456789" * 5), int("-" + "9" * 40), int("  42  "), int("1_000_000"), int("ff", 16), int("0xff", 0), int("0b101", 0), int("z", 36))
print(str(10 ** 50)[:10], len(str(2 ** 1000)), str(2 ** 1000)[-10:])
print(a.bit_length(), (0).bit_length(), (-1).bit_length(), (255).bit_length(), (2**64).bit_length())
print(float(2 ** 60), float(10 ** 25), int(1e20), int(-1.5e18), int(3.99), int(-3.99))
print(round(a, -10), round(123456, -2), round(-155, -1), round(165, -1))
print(max(a, b), min(a, b, key=lambda x: -x), sum([a, b, 1]), sorted([b, a, 0, -a]))
print(hash(5) == hash(5.0), hash(2**70) == hash(float(2**70)), hash(-1), hash(0))
print(isinstance(a, int), type(a).__name__, a.real, a.imag, a.numerator, a.denominator)
n = 1
for i in range(1, 30):
    n = n * 31 + i
print(n, n % 1000007, n.bit_length())
print(10 ** 18 * 10 ** 18, (10 ** 18 + 1) * (10 ** 18 - 1), 9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 3037000500 * 3037000500, (-9223372036854775808) // -1, abs(-9223372036854775808))
print(2 ** 63 % 10, (2 ** 63) // 3, -(2 ** 63) % 7, 7 ** 77 % 13)
def collatz_max(n):
    m = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        m = max(m, n)
    return m
print(collatz_max(27), collatz_max(2 ** 65 + 1))
print(int.from_bytes(b'\x01\x00', 'big') if hasattr(int, 'from_bytes') else 256)
print(f"{a:,}", f"{a:e}", f"{a:.3e}", format(a, "_x"), f"{-a:40}")
print(str(-0), -0 == 0, 0 ** 0, 5 ** 0, (-3) ** 3, (-3) ** 2, 2 ** -2, (-8) ** (1/3) if False else 0)
print(1000000 * 1000000, 99999999999 * 99999999999, 12345678901234567890 % 97)
