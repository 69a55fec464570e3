print((), (1,), (1, 2), ((1,),), ('a', 'b'), (None, True, 1.5), (1, (2, (3,))))
print(repr((1,)), str((1,)), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,))
print((1, 'a') < (1, 'b'), (1, 2) != (1, 2.0), (1, 2) == [1, 2], max((1, 2), (1, 3)))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
t = (1, 2, 3)
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 in t, len(t))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    t[5]
except IndexError as e:
    print('IndexError:', e)
try:
    t + [4]
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
