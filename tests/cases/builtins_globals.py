# Global functions: pow/round/divmod, dir/vars/delattr, iter/next/zip/map, type().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: (oct(8), oct(-8), bin(5), bin(-5), hex(255), hex(-1), oct(0)))
t(lambda: (pow(3, -1, 7), pow(2, 10, 1000), pow(2, 10, -7), pow(-3, 3, 5), pow(5, 0, 1), pow(38, -1, 97)))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: (pow(2, -2), pow(-8, 1/3) if False else 0, pow(base=2, exp=5)))
t(lambda: (round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1.25, 1), round(1234, -2), round(1250, -2), round(1350, -2), round(5.5555, 3), round(1e300, -300)))
t(lambda: (round(7), round(7, 2), round(-0.5), round(2.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__))
t(lambda: round('x'))
t(lambda: (divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2)))
t(lambda: divmod(1, 0))
t(lambda: (callable(len), callable(1), callable(lambda: 0), callable(int), callable(t)))
class A:
    cls_attr = 1
    def method(self):
        return 2
class B(A):
    other = 3
    def __init__(self):
        self.inst = 4
b = B()
print([n for n in dir(b) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
print(vars(b), sorted(k for k in vars(B) if not k.startswith('__')))
delattr(b, 'inst')
print(vars(b), hasattr(b, 'inst'))
t(lambda: delattr(b, 'inst'))
t(lambda: vars(1))
def f():
    local1 = 1
    local2 = 'two'
    return sorted(vars().items()), sorted(dir())
print(f())
t(lambda: (format(3.14159, '.2f'), format(255, '#x'), format('s', '>4'), format(1234567, ','), format(0.5, '%'), format(12)))
t(lambda: format(1, 'q'))
t(lambda: (ascii('héllo\n'), ascii(['é']), ascii('😀')))
t(lambda: (sum([1, 2], 10), sum([1, 2], start=10), sum([[1], [2]], []), sum([0.1] * 3)))
t(lambda: (min([], default=7), max([3, 1, 2], key=lambda x: -x), min(3, 1, 2), max('abc'), min([(2, 'a'), (1, 'b')])))
t(lambda: min([]))
t(lambda: (sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted({3: 1, 1: 2})))
t(lambda: (isinstance(1, (str, int)), isinstance(True, int), isinstance('x', (list, (dict, str))), issubclass(bool, (str, int)), issubclass(B, A)))
t(lambda: isinstance(1, 1))
it = iter([1, 2, 3, 4, 5])
t(lambda: list(iter(lambda: next(it), 4)))
t(lambda: (next(iter([]), 'd'), list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3)))))
t(lambda: list(zip([1, 2], [3, 4, 5], strict=True)))
t(lambda: list(zip([1, 2, 3], [3, 4], strict=True)))
t(lambda: (list(zip([1, 2], [3, 4], strict=True)), list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])), list(map(pow, [2, 3], [2, 2], [5, 5]))))
t(lambda: (list(enumerate('ab', start=5)), list(enumerate('ab', 1))))
T = type('T', (A,), {'q': 5, 'm2': lambda self: self.q * 2})
t(lambda: (T.__name__, T().q, T().m2(), T().method(), T.__bases__, type(T()).__name__, type(1), type(type)))
t(lambda: (int('ff', 16), int('0x1f', 0), int('z', 36), int(' 42 '), int('1_000'), int('-0b101', 0), int(3.9), int(-3.9)))
t(lambda: int('12', 1))
t(lambda: int('9', 8))
t(lambda: (float('inf'), float('-inf'), float('nan'), float(' 1e5 '), float('-0'), float('1_0.5')))
t(lambda: float('abc'))
t(lambda: (hash(1) == hash(1.0), hash((1, 'a')) == hash((1, 'a')), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None), hash(-1)))
t(lambda: hash([1]))
t(lambda: hash({}))
t(lambda: (chr(65), chr(0x1F600), ord('€'), ord(b'a')))
t(lambda: chr(0x110000))
t(lambda: ord('ab'))
t(lambda: (str(None), repr(NotImplemented), repr(...), repr(range(1, 5, 2)), repr(slice(1, None)), repr(int), repr(len), str(b'x'), repr(1.0), str(1e16), repr(-0.0)))
print(id(b) == id(b), id(b) != id(A))
g = globals()
print(g['__name__'], 'A' in g, globals() is g)
