try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print('TypeError:', e)
try:
    s0 = {1}
    s0[0]
except TypeError as e:
    print('TypeError:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(repr(set()), repr({1}), str({2, 1}), len({1, 1, 1}), bool(set()), bool({0}))
print(set({'k': 1}) == {'k'}, sorted(set((3, 1, 2))), sum({1, 2, 3}), max({4, 8, 1}))
