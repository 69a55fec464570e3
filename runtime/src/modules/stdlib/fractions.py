"""Rational numbers: Fraction(numerator, denominator), always in lowest
terms with a positive denominator, exact in arithmetic with ints and other
fractions (mixed with floats the result is a float)."""

import math
from operator import index as _index

__all__ = ["Fraction"]

# CPython's numeric hash works modulo this prime; a fraction hashes as
# numerator * inverse(denominator), so equal int, float and Fraction values
# hash alike.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _digits(s, i, allow_empty):
    """Scans digits with single underscores between them from s[i]; returns
    the end index, or -1 if the run is malformed (or empty when not allowed)."""
    j = i
    while j < len(s) and s[j].isdigit():
        j += 1
    if j == i:
        return i if allow_empty else -1
    while j < len(s) and s[j] == "_":
        k = j + 1
        while k < len(s) and s[k].isdigit():
            k += 1
        if k == j + 1:
            return -1
        j = k
    return j


def _parse(text):
    """`[sign] digits [/digits]` or `[sign] digits [.digits] [e[sign]digits]`,
    with surrounding whitespace; returns (numerator, denominator) or None."""
    s = text.strip()
    i = 0
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        i = 1
    if not (s[i:i + 1].isdigit() or (s[i:i + 1] == "." and s[i + 1:i + 2].isdigit())):
        return None
    j = _digits(s, i, True)
    if j < 0:
        return None
    num = int(s[i:j] or "0")
    den = 1
    if s[j:j + 1] == "/":
        k = _digits(s, j + 1, False)
        if k < 0:
            return None
        den = int(s[j + 1:k])
        j = k
    else:
        if s[j:j + 1] == ".":
            k = _digits(s, j + 1, True)
            if k < 0:
                return None
            decimal = s[j + 1:k].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                num = num * scale + int(decimal)
                den *= scale
            j = k
        if s[j:j + 1] in ("e", "E"):
            k = j + 1
            if s[k:k + 1] in ("+", "-"):
                k += 1
            end = _digits(s, k, False)
            if end < 0:
                return None
            exp = int(s[j + 1:end])
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
            j = end
    if j != len(s):
        return None
    return sign * num, den


class Fraction:
    """A rational number; Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until q would exceed
        # the bound; the answer is the last convergent or the best
        # semiconvergent after it.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- arithmetic: exact with Rationals, float otherwise ----

    def _operands(a, b):
        """b as a Fraction for exact arithmetic, a float for float
        arithmetic, or NotImplemented."""
        if isinstance(b, Fraction):
            return b
        if isinstance(b, int):
            return Fraction(b)
        if isinstance(b, float):
            return b
        return NotImplemented

    def __add__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                            a._denominator * b._denominator)
        return b if b is NotImplemented else float(a) + b

    def __radd__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return a + b
        return a if a is NotImplemented else a + float(b)

    def __sub__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                            a._denominator * b._denominator)
        return b if b is NotImplemented else float(a) - b

    def __rsub__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return a - b
        return a if a is NotImplemented else a - float(b)

    def __mul__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)
        return b if b is NotImplemented else float(a) * b

    def __rmul__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return a * b
        return a if a is NotImplemented else a * float(b)

    def __truediv__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)
        return b if b is NotImplemented else float(a) / b

    def __rtruediv__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return a / b
        return a if a is NotImplemented else a / float(b)

    def __floordiv__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        return b if b is NotImplemented else float(a) // b

    def __rfloordiv__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return a // b
        return a if a is NotImplemented else a // float(b)

    def __mod__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            den = a._denominator * b._denominator
            return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), den)
        return b if b is NotImplemented else float(a) % b

    def __rmod__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return a % b
        return a if a is NotImplemented else a % float(b)

    def __divmod__(a, b):
        b = a._operands(b)
        if isinstance(b, Fraction):
            q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
            return q, Fraction(r, a._denominator * b._denominator)
        return b if b is NotImplemented else divmod(float(a), b)

    def __rdivmod__(b, a):
        a = b._operands(a)
        if isinstance(a, Fraction):
            return divmod(a, b)
        return a if a is NotImplemented else divmod(a, float(b))

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Rounds half to even, like round() on ints and floats."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if _is_rational(b):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    # numbers.Complex's parts, for code that treats all numbers alike.
    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
