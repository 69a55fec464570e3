s = 'banana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('x'), s.count(''), ''.count(''))
print(s.count('a', 2), s.count('a', 2, 4), s.count('a', -2))
print('aaaa'.count('aa'), 'mississippi'.count('ss'), 'mississippi'.count('i'))
