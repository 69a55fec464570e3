try:
    print(undefined_var)
except NameError as e:
    print('NameError:', e, '|', type(e).__name__)
def f():
    print(y)
    y = 1
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
except NameError:
    print('wrong')
def g():
    try:
        return missing_global
    except NameError as e:
        return str(e)
print(g())
def h():
    total += 1
total = 0
try:
    h()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print('NameError (free var):', e)
    v = 1
outer()
try:
    del never_defined
except NameError as e:
    print('NameError:', e)
try:
    x = 1
    x.y
except AttributeError as e:
    print('AttributeError:', e)
