# Subclasses of dict/list/tuple/set/str overriding dunders and calling super(): base behaviour, set reprs, != without __ne__.
class LoggingDict(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
    def __contains__(self, k):
        print("contains", k)
        return super().__contains__(k)
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __len__(self):
        return super().__len__() + 100
    def __repr__(self):
        return "LD" + super().__repr__()
    def __eq__(self, o):
        print("eq")
        return super().__eq__(o)
d = LoggingDict()
d["a"] = 1
print(d["a"], "a" in d, list(d), len(d), repr(d), d == {"a": 1}, d != {"a": 2})
del d["a"]
print(d, d.get("zz"), dict(d))
d.update(x=1)
print(d, d.setdefault("y", 2), sorted(d.keys()), list(d.items()))
class UpperList(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return r.upper() if isinstance(r, str) else r
    def append(self, x):
        super().append(x * 2)
    def __repr__(self):
        return f"UL({super().__repr__()})"
ul = UpperList(["a", "b"])
ul.append("c")
print(ul[0], ul[1:], ul, len(ul), ul + ["z"], sorted(ul, reverse=True), ul == ["a", "b", "cc"], ul.index("b"))
class Tup(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __len__(self):
        return super().__len__()
tt = Tup(1, 2)
print(tt, tt[0], len(tt), list(tt), tt == (1, 2), tt + (3,), hash(tt) == hash((1, 2)))
class S(set):
    def add(self, x):
        super().add(x * 10)
    def __repr__(self):
        return "S" + super().__repr__()
s = S([1])
s.add(2)
print(s, len(s), 20 in s, s | {5}, sorted(s))
class Str(str):
    def __len__(self):
        return super().__len__() * 2
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
ss = Str("abc")
print(len(ss), ss[1], ss.upper(), ss + "d", list(ss), ss == "abc", f"{ss}", "%s" % ss)
class S(set):
    pass
s = S([1, 2])
print(s, len(s), type(s))
class S2(set):
    def add(self, x):
        super().add(x * 10)
s2 = S2([1])
print(s2, len(s2))
class F(frozenset): pass
print(F([1]), F(), S(), repr(frozenset()), set())
