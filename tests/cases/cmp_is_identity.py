a = None
print(a is None, a is not None, None is None, type(None).__name__)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
y.append(3)
print(x, z)
print(True is True, False is not True, (1 == 1) is True)
def f():
    pass
print(f() is None, f is f)
t = ()
print(t == (), len(t))
o = object()
p = o
print(o is p, o == p, o != object())
print(id(o) == id(p), id(x) != id(z))
