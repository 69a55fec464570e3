# Small read-only methods (instance attributes and numbers only) are
# inlined at monomorphic call sites; every assumption is guarded, and a
# failed guard makes the call for real.

HELD = 4


class Task:
    def __init__(self, state, link):
        self.state = state
        self.weight = state * 0.5
        self.link = link

    def is_held(self):
        return (self.state & HELD) != 0 or self.state == 2

    def scaled(self, k):
        return self.weight * k + self.state


def walk(t):
    held = 0
    acc = 0.0
    while t is not None:
        if t.is_held():
            held += 1
        acc += t.scaled(2.0)
        t = t.link
    return held, acc


head = None
for i in range(40):
    head = Task(i % 9, head)
for _ in range(300):
    r = walk(head)
print(r)

# Attributes change kind: int -> bool, float -> int -> str.
head.state = True
print(walk(head))
head.state = 5
head.weight = 3
print(walk(head))
head.weight = "w"
try:
    print(walk(head))
except TypeError as e:
    print("TypeError", e)
head.weight = 1.5
print(walk(head))


# A subclass overrides the method; another class has the same name.
class Sub(Task):
    def is_held(self):
        return True


class Other:
    def __init__(self, link):
        self.link = link
        self.state = 1

    def is_held(self):
        return self.state > 0

    def scaled(self, k):
        return -k


head = Sub(3, head)
print(walk(head))
head = Other(head)
print(walk(head))


# The method is redefined on the class, then an instance shadows it.
def always(self):
    return False


Task.is_held = always
print(walk(head))
head.link.link.is_held = lambda: True
print(walk(head))


# A property where a plain attribute was.
class Prop(Task):
    @property
    def weight(self):
        return 100.0

    @weight.setter
    def weight(self, v):
        pass


p = Prop(1, None)
print(walk(p), walk(Task(1, p)))


# Division by zero and big ints inside an inlined body raise as CPython does.
class Ratio:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def value(self):
        return self.a / self.b

    def big(self):
        return self.a * self.a * self.a


def ratios(items):
    s = 0.0
    t = 0
    for it in items:
        s += it.value()
        t += it.big()
    return s, t


items = [Ratio(i + 1, i + 2) for i in range(50)]
for _ in range(100):
    out = ratios(items)
print(out)
items.append(Ratio(10 ** 6, 1))
print(ratios(items))
items.append(Ratio(1, 0))
try:
    ratios(items)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
