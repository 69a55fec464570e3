r = range(10)
print(r, len(r), r[0], r[-1], r[3], list(r))
print(range(5, 10), list(range(5, 10)), len(range(5, 10)))
print(range(0, 20, 3), list(range(0, 20, 3)), len(range(0, 20, 3)), range(0, 20, 3)[-1])
print(repr(range(3)), str(range(1, 2)), range(0, 5, 1), range(0, 5, 2))
print(range(10)[2:5], range(10)[::2], range(10)[::-1], range(0, 20, 3)[1:4], range(10)[-3:])
print(range(2**70, 2**70 + 3)[1], len(range(0, 2**70, 2**35)))
try:
    range(5)[5]
except IndexError as e:
    print('IndexError:', e)
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1))
