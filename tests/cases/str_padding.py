for s in ['a', 'abc', 'hello', '']:
    print('[' + s.center(7) + ']', '[' + s.ljust(6) + ']', '[' + s.rjust(6) + ']', '[' + s.center(6, '*') + ']', '[' + s.ljust(4, '.') + ']', '[' + s.rjust(4, '0') + ']')
print('abc'.center(2), 'ab'.center(5, '-'), 'abc'.center(6, '-'), 'abcd'.center(7, '-'))
for s in ['42', '-42', '+42', '', 'abc', '12345', '-']:
    print(repr(s.zfill(5)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
