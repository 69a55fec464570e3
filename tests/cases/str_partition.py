print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b'.partition('::'), ''.partition('x'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
