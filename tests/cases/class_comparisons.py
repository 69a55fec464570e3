class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print('  eq', self.n, other.n if isinstance(other, V) else other)
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __gt__(self, other):
        return self.n > other.n
    def __ge__(self, other):
        return self.n >= other.n
    def __repr__(self):
        return f'V({self.n})'
    __hash__ = None
a, b, c = V(1), V(2), V(1)
print(a == c, a == b, a != b, a != c)
print(a < b, a <= c, b > a, b >= b, a > b)
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)), min([V(4), V(0)]))
print(a == 1, 1 == a, a != 'x')
print(V(1) in [V(0), V(1)])
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, y < x)
try:
    x <= y
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
