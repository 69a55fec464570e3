def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
xs = [1, 2]
kw = {'c': 3, 'z': 26}
print(f(*xs))
print(f(*xs, **kw))
print(f(*[1, 2, 3, 4, 5]))
print(f(0, *[1], **{'q': 1}))
print(f(*'ab'), f(*range(4)), f(*(9, 8), c=7))
print(f(**{'a': 1, 'b': 2}))
print(f(*[1], *[2], *[3, 4], **{'x': 1}, **{'y': 2}))
try:
    f(*[1], **{'a': 1})
except TypeError as e:
    print('TypeError:', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, **{'a': 0})
except TypeError as e:
    print('TypeError:', e)
