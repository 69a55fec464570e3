import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log10(0.001))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-1000))
print(math.log(2**1000), math.log2(2**100), math.log10(10**50))
print(math.sqrt(math.exp(2)))
for bad in (0, -1):
    try:
        math.log(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError:', e)
