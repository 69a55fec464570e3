d = {}
d[(1, 2)] = 'a'
d[(1, (2, 3))] = 'b'
d[()] = 'empty'
d[('x',)] = 'x'
print(d)
print(d[(1, 2)], d[1, 2], d[()], (1, 2) in d, (2, 1) in d)
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[(2, 2)], len(grid), list(grid)[:4])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash((1, 2)), hash(()), hash((0,)), hash((1, (2, 3))), hash((-1,)), hash((1, 2.0)))
try:
    {([1], 2): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
