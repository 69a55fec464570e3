b = 2**80
print(b + 0.5, b * 1.5, b / 2.0, b - 1.0, 0.5 * b)
print(type(b + 0.5).__name__, float(b) == b)
print(2**1023 * 1.0)
for op in ['add', 'mul', 'float']:
    try:
        if op == 'add':
            r = 2**1024 + 1.0
        elif op == 'mul':
            r = 2**1024 * 2.0
        else:
            r = float(2**1024)
        print(op, r)
    except OverflowError as e:
        print(op, 'OverflowError:', e)
print(10**300 * 1e-300)
print(int(1e18) == 10**18, int(1e23))
