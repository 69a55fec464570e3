def items():
    yield 1
    yield 2
    raise ValueError('bad item')
for i in items():
    print('item', i)
