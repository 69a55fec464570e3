for i in range(4):
    for j in range(4):
        if i * j == 6:
            print('product 6 at', i, j)
            break
    else:
        print('no break in inner for i =', i)
        continue
    print('inner broke, breaking outer at i =', i)
    break
else:
    print('outer completed')
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7))
found = False
for a in range(5):
    for b in range(5):
        if a + b == 7:
            found = True
            break
    if found:
        break
print(a, b)
