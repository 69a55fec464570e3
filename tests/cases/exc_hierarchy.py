def catch(fn):
    try:
        fn()
    except LookupError as e:
        return 'LookupError<-' + type(e).__name__
    except ArithmeticError as e:
        return 'ArithmeticError<-' + type(e).__name__
    except Exception as e:
        return 'Exception<-' + type(e).__name__
print(catch(lambda: {}['x']))
print(catch(lambda: [][0]))
print(catch(lambda: 'abc'[10]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 1 % 0))
print(catch(lambda: 2.0 ** 5000))
print(catch(lambda: int('q')))
print(catch(lambda: undefined_thing))
print(catch(lambda: None.x))
print(catch(lambda: next(iter([]))))
chain = [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, TypeError, NameError, UnboundLocalError, AttributeError, StopIteration, RecursionError, NotImplementedError, AssertionError, RuntimeError, LookupError, ArithmeticError, Exception, BaseException, KeyboardInterrupt, SystemExit]
for c in chain:
    names = [k.__name__ for k in c.__mro__]
    print(names)
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(SystemExit, Exception))
try:
    raise SystemExit(0)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('SystemExit caught by BaseException', e.code)
