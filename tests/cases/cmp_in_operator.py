print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print('a' in 'cat', 'at' in 'cat', 'ta' in 'cat', '' in 'cat', '' in '')
print(2 in (1, 2), 5 in range(10), 10 in range(10), -1 in range(-5, 0))
d = {'k': 1, 2: 'v'}
print('k' in d, 1 in d, 2 in d, 'v' in d, 1 in d.values(), 'v' in d.values())
s = {1, 2, 3}
print(2 in s, 7 not in s)
print([1, 2] in [[1, 2], [3]], (1,) in [(1,)], 1.0 in [1], True in [1])
print(not 1 in [2], not (1 in [2]))
try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)
try:
    5 in 'abc'
except TypeError as e:
    print('TypeError:', e)
