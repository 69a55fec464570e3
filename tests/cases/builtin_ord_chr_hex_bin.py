print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('é'), ord('日'), ord('😀'))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(26085), chr(128512))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(hex(255), hex(0), hex(-255), hex(2**64), hex(-(2**70)))
print(bin(5), bin(0), bin(-5), bin(2**40), bin(-1))
print(oct(8), oct(-8), oct(0))
print(int(hex(12345), 16), int(bin(-37), 2), int(oct(99), 8))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
