# copy.copy and copy.deepcopy: containers, instances, cycles, hooks, slots, builtin subclasses.
import copy
import collections


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]["k"] is a[2]["k"])
t1 = (1, 2)
t2 = (1, [2])
print(copy.copy(t1) is t1, copy.deepcopy(t1) is t1, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy("s"), copy.deepcopy(None), copy.copy(len) is len)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is not cyc, c2)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)


class A:
    def __init__(self):
        self.x = [1]
        self.me = self


x = A()
y = copy.deepcopy(x)
print(y.me is y, y.x == x.x, y.x is x.x, type(y).__name__, copy.copy(x).x is x.x)


class S:
    __slots__ = ("a", "b")


s1 = S()
s1.a = [1]
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, hasattr(s2, "b"), s3.a == s1.a, s3.a is s1.a)


class H:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return "deep"


print(copy.copy(H()), copy.deepcopy([H()]))
dd = collections.defaultdict(list, a=[1])
e = copy.deepcopy(dd)
print(e, e["a"] is dd["a"], e.default_factory, e["new"])
cn = copy.copy(collections.Counter("aab"))
print(cn, type(cn).__name__)
P = collections.namedtuple("P", "x y")
p = P([1], 2)
q = copy.deepcopy(p)
print(q, q.x is p.x, type(q).__name__)
dq = collections.deque([[1], 2], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[0] is dq[0], dq2.maxlen, copy.copy(dq)[0] is dq[0])


class L(list):
    pass


l = L([1, [2]])
l.attr = 5
m = copy.deepcopy(l)
print(m, type(m).__name__, m.attr, m[1] is l[1])


class St:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


z = copy.copy(St())
print(z.v, z.restored)
t(lambda: copy.deepcopy((i for i in [])))
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
memo = {}
inner = [1]
r = copy.deepcopy([inner], memo)
print(memo[id(inner)] is r[0], copy.deepcopy(inner, memo) is r[0])
class A:
    def __init__(self): self.v = [1]
    def get(self): return self.v
a = A()
m = copy.deepcopy(a.get)
print(m(), m.__self__ is a, m.__self__.v is a.v, m.__func__ is A.get)
c = copy.copy(a.get); print(c(), c.__self__ is a, c == a.get)
print(copy.deepcopy({"f": len, "t": (1, [2]), "r": range(3), "n": None}))
