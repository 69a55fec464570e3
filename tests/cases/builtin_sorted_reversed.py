data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('hello'), sorted({'b': 1, 'a': 2}), sorted((3, 1, 2)), sorted(set([3, 1])))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted(['bb', 'a', 'ccc', 'dd'], key=len))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True))
recs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(''.join(reversed('stressed')), list(reversed([])))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
