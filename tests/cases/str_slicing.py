s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[-100:100])
print(s[::3], s[::-3], s[-1:-11:-1], s[-1::-4])
print(s[0], s[-1], s[5], s[-10])
for start in (None, -20, -3, 0, 4, 20):
    for stop in (None, -20, -2, 0, 6, 20):
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:-1]))
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
