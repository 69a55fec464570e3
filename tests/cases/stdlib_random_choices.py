# choices with and without weights, cumulative weights, and its errors.
import random

random.seed(1)
print(random.choices("abc"))
print(random.choices("abc", k=10))
print(random.choices(range(10), weights=range(1, 11), k=20))
print(random.choices([1, 2, 3], [0.1, 0.5, 0.4], k=8))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=8))
print(random.choices("ab", weights=[0, 1], k=5))
print(random.choices([True, False], [3, 1], k=0))
print(random.choices(list(range(100)), weights=[i % 7 for i in range(100)], k=12))
from_fractions = random.choices("pq", weights=[2.5, 2.5], k=6)
print(from_fractions)

for f in [
    lambda: random.choices("ab", 3),
    lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]),
    lambda: random.choices("abc", [1, 2]),
    lambda: random.choices("ab", [0, 0]),
    lambda: random.choices("ab", [1, float("inf")]),
    lambda: random.choices("ab", [-1, -2]),
    lambda: random.choices([], k=2),
    lambda: random.choices("ab", [1, "x"]),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
