# math: every float function over special and ordinary values (results or
# CPython's error), and the two-argument functions.
import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, 3.0, 10.0, -7.25, 1e-10, 1e-300, 5e-324, 1e10, 1e300, 710.0, -710.0, 170.5, 171.7, -170.5, 0.1, 2.5, -2.5, 25.0, 100.0, 200.5, -200.5, 1e20, math.inf, -math.inf, math.nan, 3, -3, 0, 10**20, 2**1030, -(2**1030), True]
names = ['sqrt','exp','expm1','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','fabs','degrees','radians','erf','erfc','gamma','lgamma','log','log2','log10','log1p','floor','ceil','trunc','isnan','isinf','isfinite','frexp','modf','exp2','cbrt','ulp']
for n in names:
    f = getattr(math, n, None)
    if f is None:
        print(n, 'MISSING'); continue
    row = []
    for v in vals:
        try: row.append(repr(f(v)))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(row))
pairs = [(2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (math.inf, 0.0), (1.0, math.nan), (math.nan, 0.0), (10.0, 3.0), (-10.0, 3.0), (5.5, -2.0), (1e308, 10.0), (2, 1030), (-0.0, 1), (3, -math.inf), (0.5, math.inf), (-1.0, math.inf), (math.inf, math.inf), (-math.inf, 3), (-math.inf, -3), (7, 0), (0, 7)]
for n in ['pow', 'atan2', 'copysign', 'fmod', 'remainder', 'hypot', 'log', 'ldexp', 'nextafter', 'dist', 'isclose']:
    f = getattr(math, n, None)
    if f is None:
        print(n, 'MISSING'); continue
    row = []
    for a, b in pairs:
        try:
            if n == 'ldexp': r = f(a, int(b) if math.isfinite(b) else 5)
            elif n == 'dist': r = f([a], [b])
            else: r = f(a, b)
            row.append(repr(r))
        except Exception as e: row.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(row))
for args in [(), (3,), (3, 4), (3, 4, 12), (1e308, 1e308), (1e-320, 1e-320, 1e-320), (math.inf, math.nan), (math.nan, 1), (-3, -4, -5, -6), (0.1,)*10]:
    print('hypot', args, math.hypot(*args))
print(math.dist((1, 2, 3), (4, 5, 6)), math.dist([0, 0], [3, 4]), math.dist((1.5, -2.5), (0.25, 7.0)))
