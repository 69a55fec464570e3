it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args, e.value)
print(next(it, 'default'), next(iter(''), None))
def gen():
    yield 1
    return 'result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('returned value:', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again:', e.value)
def bad():
    yield 1
    raise StopIteration('inside')
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
d = iter({})
print(next(d, 'empty dict'))
