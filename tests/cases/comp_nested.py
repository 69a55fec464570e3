matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row] for row in matrix])
print({i: [j for j in range(i)] for i in range(4)})
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print([[(i, j) for j in range(2)] for i in range(2)])
cube = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube)
