# statistics: averages, medians, modes, quantiles and spread, exactly as
# CPython computes them (exact fractions inside), and the errors.
import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9, 11]
floats = [0.1, 0.2, 0.3, 0.4, 1e-3, 2.5e2, 7.7]
fracs = [F(1, 3), F(2, 7), F(5, 6)]
for ds in (data, ints, floats, fracs, [1, 2.5], [True, False, True], [3]):
    out = [st.mean(ds), st.fmean(ds), st.median(ds), st.median_low(ds), st.median_high(ds)]
    if len(ds) > 1:
        out += [st.variance(ds), st.stdev(ds), st.pvariance(ds), st.pstdev(ds)]
    print(out)
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3, 4])).__name__, st.mean([1, 2]), st.mean(iter([1.5, 2.5])))
print(st.mean([F(1, 2), 1]), st.mean([F(1, 2), 0.5]), st.median([1, 3]), st.median([F(1), F(2)]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 9]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.fmean(iter([1, 2, 3])))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([5]), st.median_grouped([2.5, 3.5, 3.5, 4.0], interval=0.5))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red"]), st.mode("aabbbcc"))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2.5], n=3))
print(st.quantiles([1, 2, 3, 4, 5], n=1), st.quantiles(range(10), n=5))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4)]))
print(st.stdev(range(20)), st.variance(range(20)), st.pstdev([10 ** 20, 10 ** 20 + 1]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y))
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
r = st.linear_regression(x, y)
print(r.slope, r.intercept, type(r).__name__)
print(st.mean([1, float("inf")]), st.mean([1, float("nan")]), st.median([float("inf"), 1, 2]))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for f in (lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]),
          lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.mode([]), lambda: st.variance([1]),
          lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.quantiles([1]),
          lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="x"), lambda: st.harmonic_mean([]),
          lambda: st.harmonic_mean([-1, 2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
          lambda: st.geometric_mean([1, -2]), lambda: st.geometric_mean([]), lambda: st.mean(["a", "b"]),
          lambda: st.mean([1, "a"]), lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1], [2]),
          lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [2, 3]),
          lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[0, 0]),
          lambda: st.median_grouped(["a", "b"]), lambda: st.harmonic_mean(["x"]), lambda: st.variance([1e300, -1e300])):
    attempt(f)
print(issubclass(st.StatisticsError, ValueError))
import random
random.seed(11)
for trial in range(25):
    k = random.randint(2, 12)
    ds = [random.choice((random.random() * 100, random.randint(-50, 50), random.gauss(0, 1e-3))) for _ in range(k)]
    print(st.mean(ds), st.fmean(ds), st.median(ds), st.variance(ds), st.stdev(ds), st.pvariance(ds), st.pstdev(ds), st.quantiles(ds, n=3))
