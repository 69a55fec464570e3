# Calls of built-in functions and of built-in types' methods from compiled
# code (one runtime call with the arguments, no generic call): results,
# errors, frame introspection and rebinding must be the interpreter's.


class Base:
    def __init__(self):
        self.log = []

    def hello(self, k):
        self.log.append(k)
        return k


class Child(Base):
    def hello(self, k):
        return super().hello(k) * 2


def methods(n):
    out = []
    d = {}
    s = 0
    for i in range(n):
        out.append(i)
        d[i % 7] = d.get(i % 7, 0) + 1
        s += len("ab" * (i % 3)) + len(str(i).zfill(3))
        if i % 50 == 0:
            out.pop()
    return len(out), sorted(d.items()), s


def errors(n):
    caught = []
    for i in range(n):
        try:
            int("x" if i == n - 1 else str(i))
        except ValueError as e:
            caught.append(str(e))
        try:
            [].pop() if i == n - 2 else None
        except IndexError as e:
            caught.append(str(e))
    return caught


def introspect(n):
    total = 0
    for i in range(n):
        total += i * 2
        if i == n - 1:
            loc = locals()
    return sorted(k for k in loc if not k.startswith(".")), loc["total"], loc["i"]


def callbacks(n):
    t = 0
    for i in range(n):
        t += sorted([3, 1, 2], key=lambda v: -v)[0]
        t += sum(map(abs, [-1, -2]))
        t += isinstance(i, int)
    return t


class MyList(list):
    def append(self, v):
        super().append(v * 10)


def subclass(n):
    xs = []
    ys = MyList()
    for i in range(n):
        for target in (xs, ys):
            target.append(i)
    return sum(xs), sum(ys)


c = Child()
print(sum(c.hello(i) for i in range(500)), len(c.log))
print(methods(3000))
print(errors(300))
print(introspect(300))
print(callbacks(300))
print(subclass(300))


def uses_len(n):
    t = 0
    for i in range(n):
        t += len("abc")
    return t


print(uses_len(300))
len = lambda s: 100
print(uses_len(3))
del len
print(uses_len(3))
