class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        print('  getitem', i)
        return i * i
sq = Squares(4)
for v in sq:
    print(v)
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
a, b = Squares(2)
print(a, b)
print(sum(Squares(3)), sorted(Squares(3), reverse=True))
class Letters:
    def __getitem__(self, i):
        return 'abc'[i]
print(list(Letters()), ''.join(Letters()))
