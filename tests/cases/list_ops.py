a = [1, 2]
b = [3]
print(a + b, b + a, a * 3, 2 * b, a * 0, [] * 5, a * -1)
print(a == [1, 2], a != [1, 2], a < [1, 3], a < [1, 2, 0], [2] > [1, 9], [] < [0], [[1]] == [[1]])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [1, [2, 3]] < [1, [2, 4]])
print(len(a + b), 2 in a + b, max(a + b), min(a), sum(a * 10))
c = a + b
c[0] = 99
print(a, c)
try:
    a + (3,)
except TypeError as e:
    print('TypeError:', e)
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    a * 2.0
except TypeError as e:
    print('TypeError:', e)
print([1] * 3 == [1, 1, 1], [None] * 2)
