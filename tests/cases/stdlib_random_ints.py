# randrange/randint over small and huge ranges, choice, shuffle, sample.
import random

random.seed(42)
for n in [1, 2, 3, 7, 10, 100, 2**31, 2**32, 2**32 + 1, 2**53, 2**63, 2**64, 2**64 + 1, 3**50]:
    print(n, random.randrange(n), random.randint(-n, n), random.randrange(-n, n, 3))
print([random.randint(1, 6) for _ in range(30)])
print([random.randrange(10, 0, -2) for _ in range(15)])
print([random.randrange(5, 100, 7) for _ in range(15)])
print(random.randrange(True), random.randint(0, True))

random.seed(7)
for size in [0, 1, 2, 5, 50, 300]:
    l = list(range(size))
    random.shuffle(l)
    print(size, l[:12], sum(i * v for i, v in enumerate(l)))
s = list("abcdefghij")
random.shuffle(s)
print("".join(s))

print([random.choice("abcdef") for _ in range(10)])
print(random.choice((10, 20, 30)), random.choice(range(1000, 2000)))

# sample: the pool strategy for small populations, the set strategy for big.
for n, k in [(10, 0), (10, 3), (10, 10), (30, 5), (30, 6), (100, 10), (1000, 20), (10**9, 30), (10**18, 5)]:
    print(n, k, random.sample(range(n), k))
print(random.sample(list("abcdefghijklmnopqrstuvwxyz" * 3), 25))
print(random.sample(("x", "y", "z"), 2), random.sample("hello", 5))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(3), counts=[1, 0, 5], k=6))

for f in [
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0),
    lambda: random.randrange(-3),
    lambda: random.randrange(1, 5, 0),
    lambda: random.randrange(5, 1, 1),
    lambda: random.randrange(1, 5, -1),
    lambda: random.randrange(1, step=2),
    lambda: random.randint(3, 1),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample({1: 2}, 1),
    lambda: random.sample([1, 2], counts=[1], k=1),
    lambda: random.sample([1, 2], counts=[0, 0], k=1),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
