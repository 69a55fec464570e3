def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y
