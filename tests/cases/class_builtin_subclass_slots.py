# Subclasses of dict/list/tuple/set/str: explicit base-class dunder calls, __missing__, iteration, reversed.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class D(dict):
    def __repr__(self):
        return "D" + dict.__repr__(self)


d = D(a=1)
d["b"] = 2
print(d, repr(d), str(d), len(d), dict.__len__(d), dict.__repr__(d), dict.__eq__(d, {"a": 1, "b": 2}))
print(dict.__eq__(d, 5), dict.__ne__(d, {}), dict.__contains__(d, "a"), list(dict.__iter__(d)), sorted(d), list(reversed(d)))
dict.__delitem__(d, "a")
print(d, [k for k in d], list(d.items()), d == {"b": 2}, d != {"b": 2})
t(lambda: dict.__repr__(5))
print(dict.__repr__, list.__len__, tuple.__getitem__)


class Missing(dict):
    def __missing__(self, key):
        return key * 2


m = Missing(x=1)
print(m["x"], m["ab"], m.get("ab"), "ab" in m, m)


class L(list):
    def __getitem__(self, i):
        return "item"

    def __len__(self):
        return 99


l = L([1, 2, 3])
print(l[0], len(l), list(l), [x for x in l], sorted(l, reverse=True), list(reversed(l)), list.__len__(l))
print(list.__getitem__(l, 1), list.__repr__(l), list.__eq__(l, [1, 2, 3]), list.__lt__(l, [2]), list.__contains__(l, 3))
list.__setitem__(l, 0, "z")
list.__delitem__(l, 1)
print(list.__repr__(l))


class T(tuple):
    def __repr__(self):
        return "T" + tuple.__repr__(self)


tt = T((3, 1, 2))
print(tt, tt.count(1), tt.index(2), tuple.__len__(tt), tuple.__getitem__(tt, 0), tuple.__eq__(tt, (3, 1, 2)), hash(tt) == hash((3, 1, 2)))
t(lambda: tt.index(9))


class S(str):
    def shout(self):
        return str.__repr__(self).upper()


s = S("hi")
print(s.shout(), str.__len__(s), str.__getitem__(s, 1), str.__contains__(s, "h"), s + "!", s * 2)
t(lambda: Missing() + {})
t(lambda: L() - 1)
print(set.__repr__({1}), frozenset.__len__(frozenset("ab")), set.__le__({1}, {1, 2}), set.__eq__({1}, frozenset([1])))


class FD(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, [v])


print(type(FD.fromkeys("ab")).__name__, FD.fromkeys("ab", 1), type(dict.fromkeys("a")).__name__)
import collections
print(collections.defaultdict.fromkeys("ab"), collections.OrderedDict.fromkeys("xy", 0))
