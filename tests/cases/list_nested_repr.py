m = [[1, 2, [3, [4, [5]]]], [], [[]], ['a', ("t", 1.5)], {'k': [None, True]}]
print(m)
print(repr(m) == str(m), len(m), m[0][2][1][1][0])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    print(row)
print([row[1] for row in grid], [grid[i][i] for i in range(3)])
t = list(zip(*grid))
print(t)
flat = [x for row in grid for x in row]
print(flat)
print([[]] * 2, [[], []] == [[]] * 2)
