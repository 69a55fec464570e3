print(None, repr(None), str(None), type(None).__name__)
def f():
    return
def g():
    pass
def h():
    return None
print(f(), g(), h())
print(None == None, None != 0, None == 0, None == False, bool(None))
print([None, None], {None: None})
x = [].append(1)
print(x)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    None.foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
