import math
for v in (0.0, 1.5, math.inf, -math.inf, math.nan, float('nan'), 1e308 * 10):
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isnan(5), math.isinf(10**300))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), 0.1 + 0.2 == 0.3)
