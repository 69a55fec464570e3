x = 2
print(1 < x < 3, 1 < x > 3, 3 > x > 1, 1 < x < 2, 1 <= x <= 2, 0 < 1 < 2 < 3 < 4, 0 < 1 < 2 > 3)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1, 1 < 2 == 2, 'a' < 'b' < 'c')
print(1 < 2 in [2, 3], 5 not in [1] != True)
for v in range(-1, 5):
    print(v, 0 <= v < 3, not 0 <= v < 3)
print(x is x is not None)
a = [1]
b = [1]
print(a == b, a is b, a is not b, a == b == [1])
