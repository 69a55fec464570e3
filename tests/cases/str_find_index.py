s = 'hello world, hello'
print(s.find('hello'), s.find('hello', 1), s.find('o'), s.find('o', 5), s.find('o', 5, 7), s.find('z'), s.find(''))
print(s.rfind('hello'), s.rfind('o'), s.rfind('o', 0, 5), s.rfind('z'), s.rfind(''))
print(s.index('world'), s.rindex('l'), s.index('l', 4))
print(s.find('o', -5), s.rfind('l', -3, -1), s.find('', 100), s.find('', 18))
for meth in (s.index, s.rindex):
    try:
        meth('xyz')
    except ValueError as e:
        print('ValueError:', e)
print('abc'.find('c', 10), 'abc'.find('', 3), 'abc'.find('', 4))
