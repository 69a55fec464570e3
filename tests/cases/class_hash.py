class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f'Key({self.a}, {self.b})'
d = {Key(1, 2): 'first', Key(3, 4): 'second'}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d)
d[Key(1, 2)] = 'replaced'
print(d, len(d))
s = {Key(0, 0), Key(0, 0), Key(1, 1)}
print(len(s))
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    {EqNoHash(): 1}
except TypeError as e:
    print('TypeError:', e)
class Default:
    pass
x = Default()
y = Default()
dd = {x: 'x', y: 'y'}
print(dd[x], dd[y], len(dd), hash(x) == hash(x))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
cs = {ConstHash(i): i for i in range(5)}
print(len(cs), cs[ConstHash(3)], hash(ConstHash(0)))
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()))
