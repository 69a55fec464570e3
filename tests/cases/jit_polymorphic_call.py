def add(a, b):
    return a + b
total = 0
for i in range(10000):
    total = add(total, i)
print(total)
print(add(1.5, 2.25), add('ab', 'cd'), add([1], [2]), add((1,), (2,)), add(2**64, 1), add(True, True))
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return V(self.n + other.n)
r = V(0)
for i in range(3000):
    r = add(r, V(i))
print(r.n)
try:
    add(1, 'x')
except TypeError as e:
    print('TypeError:', e)
def describe(x):
    if isinstance(x, int):
        return 'int'
    if isinstance(x, float):
        return 'float'
    return type(x).__name__
counts = {}
for i in range(6000):
    item = i if i % 3 == 0 else (i * 0.5 if i % 3 == 1 else str(i))
    k = describe(item)
    counts[k] = counts.get(k, 0) + 1
print(counts)
