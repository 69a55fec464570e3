# collections.defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, d["a"], len(d), "c" in d, d.get("c"), d.default_factory)
print(isinstance(d, dict), type(d).__name__, dict(d), sorted(d), list(d.items()))
n = defaultdict(int)
for w in "the cat the dog the".split():
    n[w] += 1
print(n, n["zzz"], n)
x = defaultdict()
t(lambda: x["missing"])
print(x)
t(lambda: defaultdict(5))
y = defaultdict(lambda: "v", {"k": 1}, z=2)
print(y["q"], sorted(y.items()), y.default_factory())
c = n.copy()
print(c, type(c).__name__, c is n, c == n)
print(n | {"new": 9}, type(n | {"a": 1}).__name__)
tree = lambda: defaultdict(tree)
r = tree()
r["a"]["b"]["c"] = 1
print(r["a"]["b"]["c"], list(r["a"]))


class M(defaultdict):
    pass


print(M(set), M(set)[1])
print(d.pop("a"), d, d.setdefault("q", 5), d)
o = OrderedDict()
o["x"] = 1
o["y"] = 2
o["z"] = 3
print(o, list(o), o.popitem(), o.popitem(last=False), o)
o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
o.move_to_end("a")
print(o)
o.move_to_end("c", last=False)
print(o)
t(lambda: o.move_to_end("q"))
t(lambda: OrderedDict().popitem())
print(OrderedDict(), repr(OrderedDict(a=1)))
p = OrderedDict([("b", 2), ("c", 3), ("a", 1)])
print(o == p, dict(o) == dict(p), o == dict(p), dict(p) == o, o != p)
print(OrderedDict.fromkeys("ab", 0), OrderedDict(a=1) | {"b": 2}, o.copy())
print(list(reversed(o)), isinstance(o, dict), len(o), o.get("a"), o["b"])
k = OrderedDict(zip("abc", range(3)))
del k["b"]
k["b"] = 9
print(k, list(k.keys()), list(k.values()))
