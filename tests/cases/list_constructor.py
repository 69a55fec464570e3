print(list(), list('abc'), list((1, 2)), list(range(4)), list({'a': 1, 'b': 2}), list([1, [2]]))
print(list(x * 2 for x in range(3)), list(map(str, [1, 2])), list(iter([5, 6])))
print(list({3: 0, 1: 0, 2: 0}.items()))
orig = [1, 2]
cp = list(orig)
cp.append(3)
print(orig, cp)
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
