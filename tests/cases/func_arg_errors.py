def two(a, b):
    return a + b
def opt(a, b=1):
    pass
def none():
    pass
def kwo(*, k):
    pass
class C:
    def m(self, x):
        return x
    def __init__(self, v):
        self.v = v
tests = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: opt(1, 2, 3),
    lambda: opt(),
    lambda: none(1),
    lambda: none(1, 2),
    lambda: two(1, c=3),
    lambda: two(1, a=2),
    lambda: two(1, 2, b=3),
    lambda: kwo(),
    lambda: kwo(1),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(1).m(y=2),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(5),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
