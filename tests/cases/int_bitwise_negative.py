vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1)
for a in (6, -6):
    for b in (3, -3):
        print(a, b, a & b, a | b, a ^ b)
print(~True, ~False, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
