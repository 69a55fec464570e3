# Random instances, getstate/setstate, subclasses choosing how to draw ints.
import random

a = random.Random(123)
b = random.Random(123)
print(a.random() == b.random(), a.randint(1, 6), b.randint(1, 6))
print(random.Random("seed").random(), random.Random(0).randrange(1000))
c = random.Random()
print(type(c).__name__, isinstance(c, random.Random), 0.0 <= c.random() < 1.0)

# The module functions share one hidden instance, separate from ours.
random.seed(5)
x = random.random()
r = random.Random(5)
print(x == r.random())

st = a.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
first = [a.random() for _ in range(3)]
a.setstate(st)
print(first == [a.random() for _ in range(3)])
a.gauss()
st = a.getstate()
n1 = a.gauss()
a.setstate(st)
print(n1 == a.gauss())
b.setstate(a.getstate())
print(a.random() == b.random())

for bad in [(3, (1, 2), None), (4, (), None), (3, tuple([0] * 624 + [625]), None), (3, [0] * 625, None)]:
    try:
        a.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)

class Fixed(random.Random):
    # Only random() overridden: ints come from random() alone.
    def random(self):
        return 0.3

f = Fixed(1)
print(f.randrange(10), f.choice("abcdef"), f.randint(1, 1000), f.random())

class Counting(random.Random):
    def getrandbits(self, k):
        print("getrandbits", k)
        return super().getrandbits(k)

g = Counting(5)
print(g.randrange(100))
print(g.choice([1, 2, 3]))

class Plain(random.Random):
    pass

p, q = Plain(9), random.Random(9)
print(p.randrange(10**6) == q.randrange(10**6), p.sample(range(50), 5) == q.sample(range(50), 5))

s = random.SystemRandom()
v = s.random()
print(0.0 <= v < 1.0, 0 <= s.randrange(10) < 10, len(s.randbytes(4)), s.getrandbits(0))
try:
    s.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(sorted(n for n in random.__all__)[:6])
