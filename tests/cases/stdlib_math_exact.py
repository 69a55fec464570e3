# math results bit for bit (hex) over many pseudo-random arguments: the C
# library's functions, CPython's gamma/lgamma, remainder, fsum, hypot, dist.
import math
import random

random.seed(11)
names = ['sqrt', 'exp', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'log', 'log2', 'log10', 'log1p',
         'exp2', 'cbrt', 'ulp', 'degrees', 'radians']
for n in names:
    f = getattr(math, n)
    out = []
    for i in range(60):
        x = random.choice([random.uniform(-3, 3), random.uniform(-200, 200), random.uniform(0, 1),
                           10 ** random.uniform(-300, 300), -random.uniform(0, 50)])
        try:
            out.append(f(x).hex())
        except Exception as e:
            out.append(type(e).__name__)
    print(n, " ".join(out))
for i in range(60):
    xs = [random.uniform(-1e3, 1e3) for _ in range(random.randint(0, 8))]
    a, b = random.uniform(-100, 100), random.uniform(-30, 30)
    print(math.hypot(*xs).hex(), math.fsum(xs).hex(), math.remainder(a, b).hex(), math.fmod(a, b).hex(),
          math.pow(abs(a), b).hex(), math.atan2(a, b).hex(), math.dist(xs, xs[::-1]).hex(),
          math.log(abs(a) + 1, abs(b) + 2).hex(), math.nextafter(a, b).hex())
print(math.fsum([1e-16] * 10 + [1.0]), sum([1e-16] * 10 + [1.0]), math.fsum([0.1] * 10))
print(math.log(10 ** 400), math.log2(2 ** 5000 + 1), math.log10(10 ** 300 * 7), math.log(3 ** 1000, 3))
print([math.gamma(x) for x in (0.5, 1.5, 5.0, 23.0, 24.0, 171.5, -0.5, -1.5, 1e-21, -170.5, -201.5)])
print([math.lgamma(x) for x in (0.5, 3.0, 100.0, 1e10, -0.5, -2.5, 1e-25, 1e15)])
try:
    math.lgamma(1e306)
except OverflowError as e:
    print("OverflowError", e)
