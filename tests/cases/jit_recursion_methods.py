# Deep recursion through compiled code (the recursion limit holds) and a hot
# method call site whose receiver class changes.
import sys

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

for _ in range(3):
    print(depth(500))
print(depth(900))

def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(22))

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Weird:
    def area(self):
        return "weird"

def total_area(shapes):
    t = 0
    for s in shapes:
        a = s.area()
        if isinstance(a, str):
            t += len(a)
        else:
            t += a
    return t

circles = [Circle(i) for i in range(300)]
for _ in range(3):
    print(total_area(circles))
print(total_area([Square(i) for i in range(300)]))
print(total_area(circles + [Square(2), Weird(), Circle(1.5)]))
Circle.area = lambda self: -1
print(total_area(circles[:10]))
