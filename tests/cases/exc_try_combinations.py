def run(raise_it):
    log = []
    try:
        log.append('try')
        if raise_it:
            raise ValueError('boom')
        log.append('try-end')
    except ValueError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(False))
print(run(True))
def only_finally(x):
    log = []
    try:
        try:
            log.append('inner try')
            if x:
                1 / 0
        finally:
            log.append('inner finally')
    except ZeroDivisionError:
        log.append('outer except')
    return log
print(only_finally(False), only_finally(True))
def try_else_raises():
    try:
        pass
    except Exception:
        return 'except'
    else:
        raise KeyError('from else')
try:
    try_else_raises()
except KeyError as e:
    print('else raised', repr(e))
def no_match():
    try:
        raise TypeError('t')
    except ValueError:
        return 'wrong'
    finally:
        print('  finally runs before propagation')
try:
    no_match()
except TypeError as e:
    print('propagated', e)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
