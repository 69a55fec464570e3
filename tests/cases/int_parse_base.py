print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0))
print(int('  42  '), int('-17'), int('+8'), int('1_000'), int('1_000_000'))
print(int('z', 36), int('10', 2), int('777', 8), int('-0x10', 16), int('0', 0))
print(int('123456789012345678901234567890'))
print(int('-99999999999999999999'))
print(int('11111111111111111111111111111111111111111111111111111111111111111111', 2))
print(int(), int('0'), int(' \t7\n'))
print(int(True), int(False))
for bad in ['abc', '1.5', '', ' ', '1__0', '_1', '0x', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int('g', 16)
except ValueError as e:
    print("ValueError:", e)
try:
    int('010', 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
