for s in ['1.5', '  1.5 ', '-2', '+3.25', '1e3', '1E-3', '.5', '5.', '1_000.5', '  -0.0', '16', '123456789012345678901234567890', '1e500', '-1e500', '4.9e-324', '2.5e-324', '1e-400']:
    print(repr(s), float(s))
print(float(7), float(-3), float(True), float(2**100), float())
for bad in ['abc', '', '1.5.5', '1e', 'nan1', '1,5']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float(2**1024)
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
