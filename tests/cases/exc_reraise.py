def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('  logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught again:', e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError as e:
    print('re-raised stored exception:', e)
def h():
    try:
        raise KeyError('x')
    except KeyError as e:
        try:
            raise
        except KeyError as inner:
            print('  same object?', inner is e)
            raise
try:
    h()
except KeyError as e:
    print('outer', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
