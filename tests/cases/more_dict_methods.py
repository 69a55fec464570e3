d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
d2 = d.copy()
d2["e"] = 5
print(d, d2, d == d2, d != d2)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d)
print(d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict(zip("xyz", [1, 2, 3])), dict(a=1, b=2))
print(dict([(1, 2), [3, 4]]), dict({"k": "v"}, k2="v2"))
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print({k: v for k, v in sorted(d.items()) if v % 2})
inv = {v: k for k, v in d.items()}
print(inv)
ks = d.keys()
d["new"] = 0
print(ks, len(ks), "new" in ks)
print(d.values(), d.items())
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): "tuple", None: "none", 3.5: "float", "s": "str", frozenset([1]): "fs"})
del d["new"]
print(d)
try:
    del d["new"]
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d, bool(d), bool({0: 0}))
nested = {"a": {"b": {"c": 1}}, "list": [1, {"x": [2, 3]}]}
print(nested["a"]["b"]["c"], nested["list"][1]["x"][-1], nested)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    for k in counts:
        counts[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({} == {}, {"a": 1} == {"a": 1.0}, {1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)})
print({"a": 1}.keys() & {"a", "b"}, {"a": 1}.keys() | {"b"} == {"a", "b"}, {"a": 1, "b": 2}.keys() - {"a"})
e = {}
e[1] = e
print(e)
print(repr({"q": "it's", "w": 'say "hi"'}))
print(dict(sorted({"b": 1, "a": 2}.items())), str({}), repr({1: {}}))
try:
    {}.update(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError:", ex)
print(dict.get(d, "x", "dflt"), type({}).__name__, isinstance({}, dict))
