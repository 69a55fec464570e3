# fractions.Fraction: construction, arithmetic, comparisons, hashing,
# rounding, limit_denominator, reprs and errors.
import math
from fractions import Fraction as F


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(F(), F(3), F(3, 4), F(6, -8), F(0, -5), F(-6, -8), F(F(1, 3), F(2, 5)), F(3, True), F(2 ** 70, 6))
print(F(1.5), F(0.1), F(-0.0), F(" 1_000 "), F("-.5e-2"), F("1."), F("+7E2"), F("3/4"), F("-10/4"), F("1e-3"))
print(repr(F(1, 3)), str(F(1, 3)), str(F(4, 2)), F.from_float(0.25), F.from_float(3), F(7, 3).as_integer_ratio())
print(F(10, 4).numerator, F(10, 4).denominator, F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(-7, 2), F(1, 3)), a ** 2, a ** -2, F(-1, 2) ** -3)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, a % 1, 2 ** F(2), 4 ** F(1, 2))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.5, F(1, 2) ** 0.5, F(2) ** F(1, 2), pow(F(2, 3), 3))
print(-a, +a, abs(F(-3, 4)), bool(F(0)), bool(a), int(F(-7, 2)), float(a), math.trunc(F(-7, 2)))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(1234, 100), 1))
print(round(F(1234), -2), round(F(1, 3), 3), type(round(F(7, 2))).__name__, type(round(F(7, 2), 1)).__name__)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 1, F(1, 2) >= F(2, 4), F(1, 2) != 2, F(5) == 5, F(1, 2) > 0.4)
print(F(1, 2) < float("inf"), F(1, 2) == float("nan"), F(3) == True, 0.5 == F(1, 2), 1 > F(1, 3))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)), hash(F(-1, 3)), len({F(1, 2), 0.5, F(2, 4)}))
print(sorted([F(1, 2), 0.3, 1, F(1, 3)]), max(F(1, 2), F(2, 3)), sum([F(1, 3)] * 3), sum([F(1, 10)] * 10) == 1)
print(F(3.14159).limit_denominator(1000), F("3.14159").limit_denominator(100), F(2.5).limit_denominator(1))
print(F(-7, 3).limit_denominator(2), F(1, 3).limit_denominator(), F(math.pi).limit_denominator(10 ** 6))
for f in (lambda: F(1, 0), lambda: F(1) / F(0), lambda: F(1) // 0, lambda: F(1) % 0, lambda: F(0) ** -1,
          lambda: F("abc"), lambda: F("1/0"), lambda: F(1.5, 2), lambda: F([1]), lambda: F(float("nan")),
          lambda: F(float("inf")), lambda: F.from_float("x"), lambda: F(1).limit_denominator(0),
          lambda: F(1) < "a", lambda: F(1) + "a", lambda: "a" * F(1), lambda: F("1/2", 3), lambda: divmod(F(7, 2), 0),
          lambda: 1 / F(0), lambda: format(F(1, 3), ".2f"), lambda: format(F(1, 3), ""), lambda: F("1__0"),
          lambda: F("3 / 4"), lambda: F("."), lambda: F("1/2.0"), lambda: F("1/-2"), lambda: F("")):
    attempt(f)


class Sub(F):
    pass


s = Sub(3, 6)
print(repr(s), type(s).__name__, type(s + 1).__name__, s == F(1, 2))
