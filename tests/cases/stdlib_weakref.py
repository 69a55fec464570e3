import weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"

def basics():
    o = Obj("a")
    r = weakref.ref(o)
    print(r() is o, r(), weakref.getweakrefcount(o))
    died = []
    r2 = weakref.ref(o, lambda wr: died.append("callback ran"))
    del o
    print(r(), r2(), died)
    try:
        weakref.ref(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        weakref.ref([1, 2])
    except TypeError as e:
        print("TypeError:", e)
basics()

def cache():
    c = weakref.WeakValueDictionary()
    a, b = Obj("a"), Obj("b")
    c["a"], c["b"] = a, b
    print(sorted(c.keys()), len(c), "a" in c, c.get("a"), c["b"])
    del a
    print(sorted(c.keys()), len(c), "a" in c, c.get("a", "gone"))
    try:
        c["a"]
    except KeyError as e:
        print("KeyError", e)
cache()

def keys():
    d = weakref.WeakKeyDictionary()
    k1, k2 = Obj("k1"), Obj("k2")
    d[k1] = 1
    d[k2] = 2
    print(len(d), d[k1], k2 in d)
    del k1
    print(len(d), [v for v in d.values()])
keys()

def sets():
    s = weakref.WeakSet()
    items = [Obj(i) for i in range(4)]
    for it in items:
        s.add(it)
    print(len(s), items[0] in s)
    del items[:2]
    print(len(s), sorted(o.name for o in s))
sets()

def proxies():
    o = Obj("p")
    p = weakref.proxy(o)
    print(p.name, str(p))
    p.name = "q"
    print(o.name)
    del o
    try:
        p.name
    except ReferenceError as e:
        print("ReferenceError:", e)
proxies()

def finalizers():
    o = Obj("f")
    f = weakref.finalize(o, print, "finalized", "f")
    print(f.alive)
    del o
    print(f.alive)
    o2 = Obj("g")
    f2 = weakref.finalize(o2, print, "never twice")
    f2()
    f2()
    print(f2.alive)
finalizers()

class Cycle:
    def __init__(self):
        self.me = self
def cycles():
    c = Cycle()
    r = weakref.ref(c)
    del c
    print("alive before collect:", r() is not None)
    gc.collect()
    print("alive after collect:", r() is not None)
cycles()

class Method:
    def hello(self):
        return "hi"
def methods():
    m = Method()
    wm = weakref.WeakMethod(m.hello)
    print(wm()())
    del m
    print(wm())
methods()
