class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p)
p.move(1, 1).move(1, 1)
print(p, Point(7))
p.z = 'dynamic'
print(p.z)
pts = [Point(i, -i) for i in range(3)]
print(pts)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    def is_empty(self):
        return not self.items
s = Stack()
for v in 'abc':
    s.push(v)
while not s.is_empty():
    print(s.pop())
r = Point.__init__(p, 0, 0)
print(r, p)
