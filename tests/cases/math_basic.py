import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e100), math.sqrt(2**100))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5), math.ceil(2**70 + 0.0))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, math.trunc(-3.9), math.trunc(3.9))
print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1.5, -7))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e20))
try:
    math.floor(math.inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    math.floor(math.nan)
except ValueError as e:
    print('ValueError:', e)
