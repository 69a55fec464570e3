class Base:
    def __init__(self, x):
        print('Base.__init__', x)
        self.x = x
    def greet(self):
        return 'Base greet ' + str(self.x)
    @classmethod
    def create(cls):
        return cls(0)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print('Child.__init__', y)
        self.y = y
    def greet(self):
        return 'Child+' + super().greet()
class Grand(Child):
    def __init__(self):
        super().__init__(1, 2)
        print('Grand.__init__')
    def greet(self):
        return 'Grand+' + super().greet()
g = Grand()
print(g.x, g.y, g.greet())
c = Child(5, 6)
print(c.greet())
print(super(Child, c).greet())
class Sub(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = cls.__name__
        return obj
s = Sub.create()
print(s.x, s.tag, type(s).__name__)
class NoInit(Base):
    pass
n = NoInit(9)
print(n.x)
