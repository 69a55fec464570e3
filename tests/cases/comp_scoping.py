x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
y = 'outer-y'
gen = list(y for y in 'ab')
print(gen, y)
d = {k: k for k in range(2)}
try:
    print(k)
except NameError as e:
    print('NameError:', e)
n = 10
print([n + i for i in range(3)])
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
print(C.doubled)
def f():
    local = 5
    return [local + i for i in range(3)]
print(f())
for i in range(3):
    pass
print('for loop var leaks:', i)
def closures():
    return [lambda: i for i in range(3)]
print([c() for c in closures()])
