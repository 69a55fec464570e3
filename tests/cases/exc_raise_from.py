class ConfigError(Exception):
    pass
def load(d):
    try:
        return d['key']
    except KeyError as e:
        raise ConfigError('missing key') from e
try:
    load({})
except ConfigError as e:
    print('error:', e)
    print('cause:', repr(e.__cause__), type(e.__cause__).__name__)
    print('context is cause:', e.__context__ is e.__cause__)
    print('suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('no chain') from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError('outer') from KeyError('inner')
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise ValueError('plain')
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
