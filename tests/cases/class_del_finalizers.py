# __del__ runs when the last reference goes (once), and at exit for what is left.
# (Temporaries of module-level statements may keep an object alive longer in
# pylift than in CPython, so the scenarios run inside functions.)
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

def scope():
    r = Res("local")
    print("using", r.name)
    return len(r.name)

print("returned", scope())
a = Res("a")
a = Res("a2")
print("rebound")
def lists():
    items = [Res("x"), Res("y")]
    first = items.pop(0)
    first = None
    print("popped")
    del items
    print("deleted list")
lists()

class Bad:
    def __del__(self):
        raise ValueError("in __del__")
b = Bad()
b = None
print("after bad")

class Node:
    def __init__(self, n):
        self.n = n
        self.other = None
    def __del__(self):
        print("node", self.n, "freed")
def cycle():
    n1, n2 = Node(1), Node(2)
    n1.other, n2.other = n2, n1
cycle()
import gc
print("collected something:", gc.collect() > 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()

class Resurrect:
    saved = []
    def __del__(self):
        print("resurrected once")
        Resurrect.saved.append(self)
r = Resurrect()
r = None
print("saved", len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")
keep = Res("kept until exit")
print("end of script")
