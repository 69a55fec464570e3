# time's clocks: types, monotonicity, ns variants agree, sleep's checks.
import time

t0, p0, m0, c0 = time.time(), time.perf_counter(), time.monotonic(), time.process_time()
total = 0
for i in range(200000):
    total += i * i
time.sleep(0.01)
t1, p1, m1, c1 = time.time(), time.perf_counter(), time.monotonic(), time.process_time()
print(total, type(t0).__name__, type(p0).__name__, type(m0).__name__, type(c0).__name__)
print(t1 >= t0, p1 - p0 >= 0.01, m1 >= m0 + 0.01, c1 >= c0, t0 > 1.6e9)
ns = [time.time_ns(), time.perf_counter_ns(), time.monotonic_ns(), time.process_time_ns()]
print([type(x).__name__ for x in ns], abs(ns[0] / 1e9 - time.time()) < 5)
print(time.sleep(0), time.sleep(0.001))
for a in [-1, -0.5, "x", None, [1]]:
    try:
        time.sleep(a)
    except Exception as e:
        print(type(e).__name__, e)
