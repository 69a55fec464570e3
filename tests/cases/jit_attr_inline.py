# Hot attribute loads, stores and method lookups (inline in native code for
# the class version and shape their cache saw): instances whose shape
# differs (attributes added in another order, added later, deleted), a
# class changed after compilation (a new method, a property shadowing a
# slot name), and several receiver classes at one site.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q:
    def __init__(self, x, y):
        self.y = y
        self.x = x

    def norm1(self):
        return abs(self.x - self.y)


def total(points, rounds):
    t = 0
    for r in range(rounds):
        for p in points:
            p.x = p.x + 1
            t += p.norm1() + p.y
    return t


pts = [P(1, 2), P(-3, 4)]
print(total(pts, 200), [(p.x, p.y) for p in pts])
pts.append(Q(5, -6))
print(total(pts, 100), [(p.x, p.y) for p in pts])
late = P(0, 0)
late.z = 9
pts.append(late)
print(total(pts, 50))
gone = P(7, 7)
del gone.y
gone.y = 1
pts.append(gone)
print(total(pts, 50))


def norm_inf(self):
    return max(abs(self.x), abs(self.y))


P.norm1 = norm_inf
print(total(pts, 30))


class R(P):
    @property
    def y(self):
        return 1000

    @y.setter
    def y(self, v):
        pass


pts.append(R(1, 1))
print(total(pts, 20))


def get_x(objs, n):
    s = 0
    for i in range(n):
        s += objs[i % len(objs)].x
    return s


class A:
    def __init__(self):
        self.x = 1


class B:
    x = 20


class C:
    def __init__(self):
        self.w = 0
        self.x = 300


print(get_x([A(), B(), C()], 3000))
B.x = 40000
print(get_x([A(), B(), C()], 3000))
