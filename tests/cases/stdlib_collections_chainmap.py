# collections.ChainMap.
from collections import ChainMap


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), list(cm), "color" in cm, "x" in cm)
print(cm.get("x"), cm.get("x", 0), cm, bool(cm), bool(ChainMap()), ChainMap())
t(lambda: cm["x"])
cm["new"] = 1
print(env, defaults)
del cm["new"]
t(lambda: cm.__delitem__("color"))
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[1] is env, len(child.maps))
print(cm.new_child(), cm.new_child(a=1))
print(list(cm.items()), list(cm.values()), list(cm.keys()))
print(cm.pop("user"), env, cm["user"])
t(lambda: cm.pop("user"))
t(lambda: cm.popitem())
print(cm == {"color": "red", "user": "guest"}, cm.copy(), ChainMap.fromkeys("ab", 0))
print(ChainMap({1: 2}) | {3: 4})
