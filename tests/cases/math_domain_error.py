import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(-5),
    lambda: math.log(0),
    lambda: math.acos(2),
    lambda: math.asin(-1.5),
    lambda: math.log2(0),
    lambda: math.log10(-1),
    lambda: math.pow(-8, 0.5),
    lambda: math.pow(0, -1),
    lambda: math.sqrt(math.inf),
    lambda: math.sqrt(-0.0),
]
for t in tests:
    try:
        print('ok', t())
    except ValueError as e:
        print('ValueError:', e)
try:
    math.sqrt('4')
except TypeError as e:
    print('TypeError:', e)
