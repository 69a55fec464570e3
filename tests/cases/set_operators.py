a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
c = set(a)
c |= {7}; print(c)
c &= {1, 2, 7, 8}; print(c)
c -= {1}; print(c)
c ^= {2, 9}; print(c)
print(a == {4, 3, 2, 1}, a != b, {1} == {1.0}, set() == set())
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
