class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f'{self.name} greets {other}'
g = Greeter('Ann')
m = g.greet
print(m('Bob'), m.__name__, m.__self__ is g)
g.name = 'Changed'
print(m('Cy'))
print(Greeter.greet(g, 'Di'))
fs = [Greeter(n).greet for n in ['x', 'y']]
print([f('z') for f in fs])
print(list(map(g.greet, ['p', 'q'])))
print(g.greet == g.greet, g.greet == Greeter('Ann').greet)
lst = []
app = lst.append
for i in range(3):
    app(i)
print(lst)
up = 'abc'.upper
print(up(), str.upper('xyz'))
def external(self):
    return 'external ' + self.name
Greeter.ext = external
print(g.ext())
g.inst = lambda: 'instance lambda'
print(g.inst())
