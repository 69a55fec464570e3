class P:
    pass
a = P()
b = P()
print(a == a, a == b, a != b, a is a, [a] == [a], [a] == [b], a in [b, a], b in [a])
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v
x, y = WithEq(1), WithEq(1)
print(x == y, x != y, x is y, [x] == [y], x in [y], x == 1)
print(WithEq.__hash__ is None)
class Ne:
    def __ne__(self, o):
        return 'custom ne'
print(Ne() != 1, Ne() == 1)
