s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.startswith('name', 4), s.startswith(''))
print(s.endswith('.gz'), s.endswith('.tar'), s.endswith('.tar', 0, 12), s.endswith(''))
print(s.startswith(('a', 'f')), s.endswith(('.zip', '.gz')), s.startswith(()), s.endswith(('x',)))
print('abc'.startswith('abcd'), ''.startswith(''), ''.endswith('a'))
try:
    s.startswith(['f'])
except TypeError as e:
    print('TypeError:', e)
