# int / int is correctly rounded (half to even) for big operands, subnormal
# results and near-overflow quotients.
import random

random.seed(5)
for i in range(300):
    a = random.getrandbits(random.randint(1, 1200)) * random.choice((1, -1))
    b = random.getrandbits(random.randint(1, 1200)) or 1
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
for a, b in [(1, 3 * 2**1074), (2, 3 * 2**1074), (1, 2**1075), (3, 2**1076), (2**1100, 3), (2**1024, 1),
             (2**1024 - 1, 1), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1), (10**400, 10**399 * 3), (-7 * 2**60, 3),
             (5, 2**1075 * 3 // 2), (2**53 + 1, 1), (2**54 + 3, 2), (-(2**80), 2**1200), (0, 10**500), (-3, 2**2000)]:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
