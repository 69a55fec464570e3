a = 'foo'
b = 'bar'
print(a + b, a + '' + b, '' + '', a * 3, 3 * a, a * 0, a * -2, repr('' * 10))
s = ''
for i in range(5):
    s += str(i)
    print(s)
print('-' * 20)
print(('ab' + 'c') * 2 + 'd')
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
parts = []
for w in ['x', 'y', 'z']:
    parts.append(w * 2)
print(''.join(parts))
