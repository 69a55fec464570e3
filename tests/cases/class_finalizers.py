# __del__ and the closing of abandoned generators, at CPython's moments.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def work():
    r = Res("local")
    print("working")
    return 1

print(work())
print("after work")
x = Res("x")
del x
print("after del")
y = Res("y1")
y = Res("y2")
print("rebound")
d = {"k": Res("in dict")}
del d["k"]
print("key deleted")
items = [Res("a"), Res("b")]
items.clear()
print("cleared")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

for v in gen():
    print("got", v)
    break
print("after loop")

def consume():
    g = gen()
    print(next(g))
    return "done"

print(consume())

def plain():
    yield 1
    yield 2

for v in plain():
    break
print("plain generator dropped quietly")

class Child(Res):
    def __del__(self):
        print("child first")
        super().__del__()

c = Child("child")
c = None
print("child gone")

class Once:
    saved = []
    def __del__(self):
        print("resurrect once")
        Once.saved.append(self)

o = Once()
o = None
print(len(Once.saved))
Once.saved.clear()
print("no second finalizer")
keep1 = Res("global 1")
keep2 = Res("global 2")
print("end of script")
