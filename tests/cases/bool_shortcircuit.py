print(0 or 5, 3 or 5, '' or 'x', None or [], [] or 0)
print(0 and 5, 3 and 5, 'a' and 'b', None and 1, [1] and [])
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or '' or 'z' or 9)
print(None or 1 and 2, (None or 1) and 2, 0 and 1 or 2)
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) or t(2)
print(r, calls)
calls.clear()
r = t(0) or t(0) or t('last')
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(3)
print(r, calls)
def boom():
    raise RuntimeError('should not run')
print(False and boom(), True or boom())
x = None
print(x and x.attr, x is not None and x.attr)
