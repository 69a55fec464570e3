# json.dumps: types, escapes, ensure_ascii, indent, separators, sort_keys, keys.
import json

data = {"name": "Zoë", "n": [1, 2.5, -3, 1e20, 1e-7, 10**30, True, False, None],
        "t": (1, "x"), "nested": {"a": [], "b": {}, "c": [{}]},
        3: "int key", 2.5: "float key", None: "none key", True: "bool key",
        "esc": "😀\u2028\x7f\x01\n\t\r\b\f\"\\/"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", "=")))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps([1, [2]], indent=""))
print(json.dumps({"b": 1, "a": [3, {"z": 1, "y": 2}]}, sort_keys=True, indent=4))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(True), json.dumps(-0.0))
print(json.dumps([1.0, 0.1 + 0.2, 1e16, 1.5e-10, 123456789.125, 2**64, -2**70]))
print(json.dumps({1.5: 1, -2: 2, False: 3, 10**20: 4}))
print(json.dumps({"k": "\u00e9\u4e2d\U0001f600"}), json.dumps("\u00e9\u4e2d\U0001f600", ensure_ascii=False))
print(json.dumps(["\x00\x1f\x20\x7e\x7f\x80"]))
print(json.dumps(["\x00\x1f\x20\x7e\x7f\x80"], ensure_ascii=False) == '["\\u0000\\u001f ~\x7f\x80"]')

x = [1, 2]
print(json.dumps([x, x, {"again": x}]))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    def __repr__(self):
        return "ignored"


class MyFloat(float):
    pass


class MyStr(str):
    pass


print(json.dumps([MyList([1, 2]), MyDict(a=1), MyInt(5), MyFloat(2.5), MyStr("s")]))
print(json.dumps({MyStr("k"): MyInt(1)}))
print(json.dumps({(1, 2): 3, "k": 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
print(json.dumps([], indent=3), json.dumps({}, indent=3), json.dumps([[]], indent=1))
