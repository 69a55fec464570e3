# Object lifetimes in compiled code: a named local keeps its object alive
# until it is rebound or the function returns, even when never read again;
# temporaries die with their statement.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def pairs(k):
    a, b = Noisy("a%d" % k), Noisy("b%d" % k)
    box = [a, b]
    x = box[0]
    print("  built", k)
    box = None
    print("  box gone", k, x.name)
    return k


def unpacked(items):
    total = 0
    for p, q in items:
        total += p + q
    return total


for k in range(3):
    print("call", k)
    pairs(k)
    print("returned", k)
for r in range(400):
    unpacked([(i, i + 1) for i in range(20)])
print(unpacked([(1, 2), (3, 4)]))
for k in range(3, 5):
    print("call", k)
    pairs(k)
    print("returned", k)


# A named local assigned in a loop and not read after it still holds its
# last object after the loop (native code must not release it at the loop's
# back-edge because it is dead there).
import weakref


class Box:
    pass


last = None


def loop_local(n):
    global last
    for i in range(n):
        o = Box()
        if i == n - 1:
            last = weakref.ref(o)
    return last() is not None


for k in range(300):
    assert loop_local(3)
print("loop local alive", loop_local(3), last() is None)
