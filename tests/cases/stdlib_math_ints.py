# math: integer functions, fsum/prod/isclose, rounding dunders, errors.
import math
for f, args in [(math.gcd, ()), (math.gcd, (12, 18, 27)), (math.gcd, (-4, 6)), (math.gcd, (0, 0)), (math.lcm, ()), (math.lcm, (4, 6, 10)), (math.lcm, (-4, 6)), (math.lcm, (0, 5)), (math.isqrt, (0,)), (math.isqrt, (99,)), (math.isqrt, (10**40,)), (math.isqrt, (-1,)), (math.factorial, (0,)), (math.factorial, (20,)), (math.factorial, (-1,)), (math.factorial, (3.0,)), (math.factorial, (2.5,)), (math.comb, (10, 3)), (math.comb, (5, 7)), (math.comb, (-1, 2)), (math.comb, (100, 50)), (math.perm, (5,)), (math.perm, (10, 3)), (math.perm, (3, 5)), (math.perm, (5, -1)), (math.prod, ([],)), (math.prod, ([1, 2, 3],)), (math.prod, ([1.5, 2],)), (math.fsum, ([0.1]*10,)), (math.fsum, ([1e100, 1.0, -1e100],)), (math.fsum, ([math.inf, -math.inf],)), (math.fsum, ([math.inf, 1],)), (math.fsum, ([1e308, 1e308],)), (math.fsum, ([],)), (math.gcd, (2.5,)), (math.isqrt, (2.0,)), (math.comb, (3.0, 1)), (math.sqrt, ("x",)), (math.sqrt, ()), (math.log, (8, 2)), (math.log, (100, 10)), (math.log, (2**2000,)), (math.log, (2**2000, 2)), (math.log, (0,)), (math.log, (-1,)), (math.log, (10, 1)), (math.log, (1, 1)), (math.log2, (2**2000,)), (math.log10, (10**400,)), (math.log, (10**400, 10)), (math.isclose, (1.0, 1.0 + 1e-10)), (math.isclose, (1.0, 1.1, )), (math.isclose, (math.inf, math.inf)), (math.floor, (-0.5,)), (math.ceil, (-0.5,)), (math.floor, (1e300,)), (math.trunc, (-2.7,)), (math.floor, (math.inf,)), (math.ceil, (math.nan,)), (math.pow, (2, 0.5)), (math.pow, (-8, 1/3)), (math.pow, (0, -1)), (math.pow, (10, 400)), (math.exp, (1000,)), (math.ldexp, (1.0, 2000)), (math.ldexp, (1.0, -2000)), (math.ldexp, (1.5, 10**30)), (math.ldexp, (1.5, -10**30)), (math.ldexp, (0.0, 10**30)), (math.ulp, (1.0,)), (math.nextafter, (1.0, 2.0)), (math.frexp, (0.0,)), (math.frexp, (-1e-310,)), (math.modf, (-3.5,)), (math.modf, (math.inf,)), (math.fmod, (math.inf, 1)), (math.fmod, (1, math.inf)), (math.remainder, (5, 2)), (math.remainder, (7, 2)), (math.remainder, (-7, 2)), (math.remainder, (1, math.inf)), (math.remainder, (math.nan, 1)), (math.copysign, (3, -0.0)), (math.prod, ([2, 3], )), (math.degrees, (math.pi,))]:
    try: print(f.__name__, args, repr(f(*args)))
    except Exception as e: print(f.__name__, args, type(e).__name__, e)
print(math.prod([1, 2], start=5), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
class F:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
    def __float__(self): return 2.25
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.floor(7), math.ceil(True))
for bad in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.floor("x"), lambda: math.trunc(None), lambda: math.gcd(1, "a"), lambda: math.fsum([1, "a"]), lambda: math.hypot("a"), lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.perm(1, 2, 3), lambda: math.comb(1), lambda: math.factorial(10**20), lambda: math.exp(1, 2), lambda: math.log(), lambda: math.pow(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan)
