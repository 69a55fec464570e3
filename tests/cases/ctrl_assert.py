assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError caught, args =', e.args, 'str =', repr(str(e)))
try:
    assert [] , 'list was empty'
except AssertionError as e:
    print('AssertionError:', e)
x = 5
try:
    assert x < 3, f'x too big: {x}'
except AssertionError as e:
    print('AssertionError:', e, e.args)
calls = []
def msg():
    calls.append(1)
    return 'm'
assert True, msg()
print('message evaluated?', calls)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print(e.args)
