excs = [ValueError('bad value'), KeyError('k'), KeyError(1), IndexError('idx'), TypeError('a', 'b'), Exception(), RuntimeError(''), ZeroDivisionError('division by zero'), StopIteration(5), AttributeError('attr'), KeyError(), Exception('x', 1, None), NameError("name 'q' is not defined"), OSError('os') if False else AssertionError('as')]
for e in excs:
    print(type(e).__name__, '| str:', str(e), '| repr:', repr(e), '| args:', e.args)
print(StopIteration(5).value, StopIteration().value)
try:
    {}['missing']
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    [1][3]
except IndexError as e:
    print(str(e), repr(e), e.args)
e = ValueError('x')
e.args = ('changed',)
print(e)
print(str(KeyError('a b')), str(KeyError("it's")), str(KeyError(('t', 1))))
