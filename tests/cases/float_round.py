for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 7.0, -7.3):
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(1234.5678, 0), round(5.5, 0))
print(round(3.14159, 3), round(-3.14159, 3), round(1e20, 2), round(1.23456789e-5, 8))
print(round(25, -1), round(35, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(7))
print(round(2**70 + 5, -1), type(round(5, 2)).__name__)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2), round(float('nan'), 1))
