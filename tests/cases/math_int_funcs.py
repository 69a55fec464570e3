import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**70, 2**35 * 3), math.gcd(17, 5))
print(math.gcd(12, 18, 24), math.gcd())
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20), math.factorial(25))
print(math.factorial(100))
print(len(str(math.factorial(500))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10**30))
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.factorial(2.5)
except TypeError as e:
    print('TypeError:', e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print('ValueError:', e)
