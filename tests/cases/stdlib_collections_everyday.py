# Everyday use of Counter, defaultdict, OrderedDict (views), namedtuple, ChainMap and deque with builtins.
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple
c = Counter("mississippi")
print(max(c, key=c.get), sorted(c, key=c.__getitem__), c.__getitem__("zz"), dict.get(c, "s"), c.get("zz", -1))
print(f"{c!r}", str(c), dict(c), list(c.keys()), sum(c.values()), len(c), "m" in c, c.pop("m"), c)
print(sorted(c.keys() | {"q"}), c.keys() & {"s", "x"}, list(c.items())[:2], Counter("abc") == Counter("cba"), c.most_common(100))
c.clear(); print(c, bool(c), Counter(), repr(Counter(a=0)))
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError", e)
dd = defaultdict(set)
dd["a"].add(1); dd["a"].add(2); dd["b"]
print(dd, dict(dd), isinstance(dd, dict), isinstance(dd, defaultdict), sorted(dd.items()), dd.get("c"), "c" in dd, len(dd))
print({**dd}, [k for k in dd], list(reversed(dd)), dd.keys(), list(dd.values()))
od = OrderedDict(b=1, a=2)
od["c"] = 3
for k, v in od.items():
    print(k, v, end="; ")
print()
print(od.keys(), od.values(), od.items(), list(od), od.pop("b"), od, od.setdefault("z", 0), od)
print(OrderedDict(sorted({"x": 1, "a": 2}.items())), od == OrderedDict([("a", 2), ("c", 3), ("z", 0)]))
P = namedtuple("P", ["x", "y"])
pts = [P(2, 1), P(1, 2), P(1, 1)]
print(sorted(pts), min(pts, key=lambda p: p.y), {p: i for i, p in enumerate(pts)}[P(1, 2)], P(*[5, 6]), P(**{"x": 1, "y": 2}))
print(list(map(lambda p: p.x * p.y, pts)), [x for x, _ in pts], P(1, 2) < P(1, 3), P(1, 2) == (1, 2), tuple(P(3, 4)), list(zip(*pts)))
x, *rest = P(7, 8)
print(x, rest, P(1, 2)._asdict()["y"], f"{P(1, 2)}", "%s" % (P(1, 2),), str(P(3, 4)), P.__doc__, P.__name__, P.__qualname__)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(dict(cm), cm["a"], cm.maps, {**cm}, sorted(cm.items()))
dq = deque("abc")
print("".join(dq), dq == deque("abc"), sorted(dq, reverse=True), dq.copy(), list(enumerate(dq)), max(dq), dq * 0, len(dq + dq))

od = OrderedDict(a=1, b=2)
k = od.keys(); print(type(k).__name__, type(k).__module__, k, len(k), 'a' in k, list(reversed(k)), sorted(k | {'c'}), k & {'a'}, k - {'a'}, sorted(k ^ {'a', 'z'}), k == {'a','b'}, k.isdisjoint({'q'}))
od['c'] = 3; print(k, od.values(), od.items(), ('a', 1) in od.items(), list(reversed(od.items())), list(reversed(od.values())))
print(od.items() == {('a', 1), ('b', 2), ('c', 3)}, od.values() == od.values())
print(k <= {'a','b','c','d'}, sorted({'a'} | k), dict(od), OrderedDict(od) == od, list(od.items())[0])
od2 = OrderedDict(); od2.update(od); print(od2, {**od}, [v for v in od.values()])
for key, val in od.items(): print(key, val, end=" ")
print()
