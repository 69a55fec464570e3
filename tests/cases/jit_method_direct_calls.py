# Hot method calls (compiled as direct calls of the method the inline cache
# found): receivers of other classes, a function stored on the instance
# (no self passed), a method rebound on the class, an overriding subclass,
# a method that raises, and one whose argument turns into a big int.


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


class Doubler(Counter):
    def add(self, k):
        self.n += 2 * k
        return self.n


def plain(k):
    return k * 10


def drive(objs, rounds):
    total = 0
    for i in range(rounds):
        o = objs[i % len(objs)]
        total += o.add(i)
    return total


c = Counter()
print(drive([c], 500), c.n)
d = Doubler()
print(drive([c, d], 500), c.n, d.n)
e = Counter()
e.add = plain
print(drive([c, e, d], 300))


def loud_add(self, k):
    self.n -= k
    return -self.n


Counter.add = loud_add
print(drive([c], 200), c.n)


class Fragile:
    def check(self, x):
        if x > 900:
            raise ValueError("too big: %d" % x)
        return x + 1


def run_fragile(n):
    f = Fragile()
    acc = 0
    try:
        for i in range(n):
            acc += f.check(i)
    except ValueError as err:
        return acc, str(err)
    return acc, None


print(run_fragile(2000))


class Grower:
    def step(self, v):
        return v * 7


def grow(n):
    g = Grower()
    v = 1
    for _ in range(n):
        v = g.step(v) % (10 ** 30)
    return v


print(grow(300))
