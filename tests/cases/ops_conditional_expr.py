for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
calls = []
def f(v):
    calls.append(v)
    return v
r = f('a') if f(True) else f('b')
print(r, calls)
calls.clear()
r = f('a') if f(0) else f('b')
print(r, calls)
print([x if x % 2 else -x for x in range(6)])
y = (lambda: 1) if True else None
print(y())
print(1 if [] else 2, 1 if [0] else 2)
