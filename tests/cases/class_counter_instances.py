class Tracked:
    created = 0
    registry = []
    def __init__(self, name):
        Tracked.created += 1
        self.id = Tracked.created
        self.name = name
        self.registry.append(name)
    def __repr__(self):
        return f'#{self.id}:{self.name}'
objs = [Tracked(n) for n in 'abc']
print(objs, Tracked.created, Tracked.registry)
class Sub(Tracked):
    created = 100
s = Sub('z')
print(s, Sub.created, Tracked.created, Tracked.registry)
class Self:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
o = Self()
print(o.bump(), o.bump(), Self.n, o.n)
