# Short lists freed are kept for the next slices (their object and items
# buffer reused): every new list must still start fresh, release its items
# last to first, and take part in cycles and garbage collection.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


base = [Noisy("a"), Noisy("b"), Noisy("c")]
copy = base[:]
del base
print("copied")
del copy
print("freed")

nums = list(range(10))
total = 0
for i in range(2000):
    part = nums[i % 5 :]
    part[0] = part[-1] + i
    total += sum(part) + len(part)
print(total)

mixed = [1, 2.5, "s", None, (1, 2)]
for i in range(100):
    m = mixed[i % 3 :]
    m.append(i)
print(m, mixed)

floats = [0.5 * k for k in range(8)]
keep = []
for i in range(50):
    f = floats[1:6]
    f[2] += i
    keep.append(f)
print(keep[0], keep[-1], floats)

# A cycle through a reused list is collected.
for i in range(3):
    c = nums[:3]
    c.append(c)
    del c
print(gc.collect() >= 0)
x = nums[2:4]
y = [x] + x[:]
print(x, y, x is y[0])

nested = [[i, i + 1] for i in range(5)]
for _ in range(200):
    s = nested[1:3]
    s[0] = s[0][:]
    s[0].append(9)
print(nested, s)
