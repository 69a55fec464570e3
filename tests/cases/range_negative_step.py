print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)), len(range(10, 0, -3)))
print(list(range(0, 10, -1)), list(range(-1, -10, -2)), list(range(-5, 5, 4)))
r = range(20, -20, -7)
print(r, len(r), r[0], r[-1], r[2], list(r))
for i in range(3, -1, -1):
    print('countdown', i)
print(list(range(5, 5, -1)), list(range(6, 5, -1)))
