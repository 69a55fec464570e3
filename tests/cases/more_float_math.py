import math
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789, 1e-7, 0.0001, 1.5e300 * 1e10)
print(3.0, -0.0, 2.5e-5, 1.0e22, 1e21, 1e23, 100.0, 12345678912345678.0)
print(7.0 / 2, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7 % -2.5, divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 0.5, 2 ** -1, 4 ** 0.5, (-8) ** 2.0, 10 ** -3, 1.5 ** 2)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(0.125, 2), round(12.5, -1), round(1.23456, 3))
print(round(5.5), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(-0.4), round(1e20), round(2.5, 0))
print(int(2.9), int(-2.9), float(" 1.5 "), float("-inf"), float("1e3"), float("  nan "), float(".5"), float("5."), float("1_000.5"))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.sin(math.pi / 6), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.fabs(-3), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float('nan')), math.isinf(1e308 * 10), math.isfinite(1.0), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.isqrt(99), math.dist((0, 0), (3, 4)))
print(math.asin(1), math.acos(0), math.atan(1), math.sinh(1), math.cosh(0), math.tanh(0.5), math.expm1(1e-10), math.log1p(1e-10))
print(math.gamma(5), math.lgamma(10), math.erf(1), math.erfc(1), math.ceil(1e20), math.floor(-1e20))
print(float('inf') > 1e308, float('nan') == float('nan'), float('inf') == math.inf, -math.inf < 0, math.inf - math.inf)
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), 3.0.is_integer(), 3.5.is_integer(), (2.5).hex(), float.fromhex('0x1.8p1'))
print(1.0 == 1, 1.5 > 1, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 + 0.2 == 0.3, abs(-1.5), abs(-0.0))
print(sum([1.5, 2.5, 3]), max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), float(True), 3 * 1.1)
print(str(1e100), repr(1e-100), str(1.0e-5), 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 10 % 4, -10 % 4, 1e300 * 1e300, -1e300 * 1e300)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    (-8) ** 0.5
    print("complex ok")
except Exception as e:
    print(type(e).__name__, e)
def newton_sqrt(x, eps=1e-12):
    g = x / 2
    while abs(g * g - x) > eps:
        g = (g + x / g) / 2
    return g
print(newton_sqrt(2), newton_sqrt(144), newton_sqrt(1e10))
def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(integrate(math.sin, 0, math.pi), 6), round(integrate(lambda x: x * x, 0, 3), 4))
print(sum(1 / k ** 2 for k in range(1, 1000)), math.pi ** 2 / 6)
vals = [2.5, 3.7, 1.2, 9.9, 4.4]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)
print(mean, var, math.sqrt(var), f"{mean:.3f} {var:.3f}")
