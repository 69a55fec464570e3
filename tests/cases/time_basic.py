import time
t0 = time.time()
p0 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__)
print(t0 > 1.6e9)
total = 0
for i in range(20000):
    total += i
p1 = time.perf_counter()
t1 = time.time()
print(total)
print(p1 >= p0, t1 >= t0 - 1)
samples = [time.perf_counter() for _ in range(100)]
print(all(b >= a for a, b in zip(samples, samples[1:])))
print(p1 - p0 < 5.0)
