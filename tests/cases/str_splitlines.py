text = 'line one\nline two\r\nline three\rfour\n\nsix\n'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'no newline'.splitlines(), 'a\n\nb'.splitlines())
print('x\x0by\x0cz\x1cw'.splitlines())
for i, line in enumerate('alpha\nbeta\ngamma'.splitlines(), 1):
    print(i, line)
