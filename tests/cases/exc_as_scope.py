e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__, str(saved)
print(f())
try:
    raise TypeError('t')
except TypeError:
    print('no name bound')
try:
    raise Exception('base')
except Exception as ex:
    msg = str(ex)
print(msg)
