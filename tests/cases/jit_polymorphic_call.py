# One hot call site (and one hot '+') seeing ints, floats, strings,
# lists and instances, in varying order.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)
    def __repr__(self):
        return f"Money({self.cents})"

def add(a, b):
    return a + b

def combine(pairs):
    out = []
    for a, b in pairs:
        out.append(add(a, b))
    return out

ints = [(i, i + 1) for i in range(500)]
for _ in range(4):
    r = combine(ints)
print(r[-3:])
print(combine([(1.5, 2), (2, 1.5), ("a", "b"), ([1], [2]), (Money(5), Money(7)), (Money(1), 2), (True, True), (2 ** 80, 1)]))
print(combine(ints)[:3])

def poly_sum(xs):
    t = xs[0]
    for x in xs[1:]:
        t = t + x
    return t
for data in [list(range(300)), [0.5] * 300, ["x"] * 50, [[1]] * 5, [Money(i) for i in range(10)], list(range(300))]:
    print(repr(poly_sum(data))[:60])
