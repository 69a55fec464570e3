def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
print(nothing(), type(Empty()).__name__)
x = 10
y = [1, 2, 3]
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print('NameError:', e)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
x = 'again'
print(x)
del y[0]
print(y)
try:
    del undefined_name
except NameError as e:
    print('NameError:', e)
class C:
    attr = 1
o = C()
o.v = 2
del o.v
try:
    o.v
except AttributeError as e:
    print('AttributeError:', e)
