for f in (3.9, -3.9, 0.5, -0.5, 2.0, -0.0, 1e10, 1e20, -1e20, 123456789.999, 2.0**63, 2.0**64, -2.0**63, 1e100):
    print(f, int(f))
print(int(float(2**53 + 1)))
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('-inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(int('7') + int(7.7))
