tests = [
    lambda: 1 < 'a',
    lambda: 'a' > 1,
    lambda: [1] < (1,),
    lambda: {} < {},
    lambda: None >= None,
    lambda: 1.5 <= 'x',
    lambda: [1, 'a'] < [1, 2],
    lambda: sorted([3, 'x', 1]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print(1 == 'a', 'a' != 1, [1] == (1,), None == 0, {} == [])
print([1, 2] < [1, 2, 0], (1, 2) < (1, 3), [2] > [1, 9, 9], 'abc' < 'abd', 'Z' < 'a', '' < 'a')
