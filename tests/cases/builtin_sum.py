print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1, 2], 10), sum((0.1, 0.2)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True]), sum([2**64, 2**64]), sum([[1], [2]], []))
print(sum(x for x in range(5)), sum(range(10), start=-45))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, None])
except TypeError as e:
    print('TypeError:', e)
