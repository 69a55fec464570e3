n = 1234567
print(f'{n:,} {n:_} {-n:,} {n:d} {n:+d} {n: d} {-n: d} {0:,}')
print(f'{n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b} {5:#b} {-255:x} {-255:#x}')
print(f'{42:05d} {-42:05d} {42:08b} {255:04X} {7:+05d}')
print(f'{2**70:,} {2**70:x} {-(2**65):d}')
print(f'{65:c} {0x1F600:c}')
print(f'{True:d} {False:5}|{True:x}')
print(f'{1000000:_x} {123456789:_b}')
