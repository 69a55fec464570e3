# The order `a, b = x, y` releases the old values in (visible through
# __del__): CPython 3.11 stores two or three distinct function locals on
# one line last first, and everything else first to last.

import gc

log = []


def settle():
    # (pylift runs a finalizer a local's release queued at the next call
    # into the runtime; gc.collect() is one in every tier.)
    gc.collect()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class Box:
    pass


def two():
    a, b = D("a0"), D("b0")
    a, b = D("a1"), D("b1")
    settle()
    return log[-2:]


def three():
    a, b, c = D("a0"), D("b0"), D("c0")
    a, b, c = 1, 2, 3
    settle()
    return log[-3:]


def four():
    a, b, c, d = D("a0"), D("b0"), D("c0"), D("d0")
    a, b, c, d = 1, 2, 3, 4
    settle()
    return log[-4:]


def with_attribute():
    o = Box()
    o.x = D("x0")
    b = D("b0")
    o.x, b = 1, 2
    settle()
    return log[-2:]


def same_name():
    a = D("a0")
    a, a = D("first"), 2
    settle()
    return log[-2:]


def split_lines():
    a, b = D("a0"), D("b0")
    (a,
     b) = 1, 2
    settle()
    return log[-2:]


def closure():
    a, b = D("a0"), D("b0")

    def get():
        return a

    a, b = 1, 2
    settle()
    return log[-2:], get()


def from_tuple():
    a, b = D("a0"), D("b0")
    t = (1, 2)
    a, b = t
    settle()
    return log[-2:]


print(two())
print(three())
print(four())
print(with_attribute())
print(same_name())
print(split_lines())
print(closure())
print(from_tuple())
m, n = D("m0"), D("n0")
m, n = 1, 2
settle()
print(log[-2:])
