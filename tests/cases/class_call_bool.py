class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(10), add5(1, 2, 3), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Box:
    def __init__(self, items):
        self.items = items
    def __bool__(self):
        print('  __bool__ called')
        return len(self.items) > 0
print(bool(Box([1])), bool(Box([])))
if Box([]):
    print('no')
else:
    print('empty box is falsy')
print(Box([1]) and 'yes', not Box([]))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), len(LenOnly(7)))
class Plain:
    pass
print(bool(Plain()))
try:
    Plain()()
except TypeError as e:
    print('TypeError:', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
