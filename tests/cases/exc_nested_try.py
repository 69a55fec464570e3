def level(n):
    try:
        try:
            if n == 0:
                raise KeyError('k')
            elif n == 1:
                raise ValueError('v')
            elif n == 2:
                raise TypeError('t')
            return 'no error'
        except KeyError as e:
            return 'inner caught KeyError ' + str(e)
        finally:
            print('  inner finally', n)
    except ValueError as e:
        return 'outer caught ValueError ' + str(e)
    finally:
        print('  outer finally', n)
for n in range(4):
    try:
        print(level(n))
    except TypeError as e:
        print('top caught TypeError', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise IndexError('second')
except IndexError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        try:
            raise KeyError('b')
        except KeyError as e2:
            print('innermost', repr(e2), repr(e2.__context__))
        print('back in handler', repr(e))
except Exception:
    print('not reached')
