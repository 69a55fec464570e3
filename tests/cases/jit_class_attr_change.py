class Shape:
    sides = 4
    def area(self):
        return 1
s = Shape()
total = 0
for i in range(10000):
    if i == 5000:
        Shape.sides = 5
    if i == 7000:
        s.sides = 10
    total += s.sides
print(total)
acc = 0
for i in range(6000):
    if i == 3000:
        Shape.area = lambda self: 2
    acc += s.area()
print(acc)
class P:
    def __init__(self, x):
        self.x = x
ps = [P(i) for i in range(100)]
t = 0
for rep in range(100):
    for p in ps:
        t += p.x
print(t)
ps[50].x = 'str'
try:
    for p in ps:
        t += p.x
except TypeError as e:
    print('TypeError:', e)
print(t)
