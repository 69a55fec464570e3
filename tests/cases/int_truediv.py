print(1 / 2, 3 / 4, 10 / 5, -7 / 2, 7 / -2, 0 / 3, -0 / 3)
print(type(10 / 5).__name__)
print(1 / 3, 2 / 3, 10 / 3)
print(2**64 / 2, 2**64 / 3)
print(10**30 / 10**10)
print((2**53 + 1) / 1)
print(1 / 2**70)
print(-(2**80) / 2**40)
print(10**400 // 10**399, 10**400 / 10**399)
print(5 / True)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
