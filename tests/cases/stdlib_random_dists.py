# The real-valued distributions, each CPython's algorithm on the same draws.
import random

random.seed(314)
print([random.random() for _ in range(5)])
print([random.uniform(1, 2) for _ in range(3)], random.uniform(5, -5))
print([random.triangular() for _ in range(3)], random.triangular(0, 10, 8), random.triangular(2, 2, 2))
print([random.gauss() for _ in range(5)])
print([random.gauss(10, 2) for _ in range(3)])
print([random.normalvariate() for _ in range(3)], random.normalvariate(1, 2))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.expovariate(0.1))
print([random.gammavariate(a, 1.5) for a in (0.3, 0.9, 1.0, 2.5, 40.0)])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 3), (10, 1))])
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 1e-9), random.vonmisesvariate(3, 50))
print(random.paretovariate(3), random.weibullvariate(1, 2))

# gauss keeps the second value of each pair; reseeding drops it.
random.seed(0)
g1 = random.gauss()
random.seed(0)
print(g1 == random.gauss(), random.getstate()[2] is not None)
random.seed(0)
print(random.getstate()[2])

for f in [lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.expovariate(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# Sums over many draws (all values must match CPython's bit for bit).
random.seed(77)
print(sum(random.gauss() for _ in range(2000)))
print(sum(random.normalvariate(0, 1) for _ in range(2000)))
print(sum(random.gammavariate(0.7, 1) for _ in range(500)))
