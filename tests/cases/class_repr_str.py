class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Both({self.v!r})'
    def __str__(self):
        return f'<both {self.v}>'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr:
    def __str__(self):
        return 'only-str'
b = Both('x')
print(b)
print(str(b), repr(b))
print([b], (b,), {'k': b}, {b.v: [b]})
print(f'{b} {b!r}')
o = OnlyRepr()
print(o, str(o), [o])
s = OnlyStr()
print(s, str(s), f'{s}')
print(repr([s]).startswith('[<__main__.OnlyStr object at 0x'))
print(repr(s).startswith('<__main__.OnlyStr object at '))
print('x' + str(b) + 'y')
