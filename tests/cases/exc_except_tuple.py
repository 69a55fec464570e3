def risky(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return [][1]
    if n == 2:
        return {}['k']
    if n == 3:
        return int('z')
    if n == 4:
        return None + 1
    return 'ok'
for n in range(6):
    try:
        print(risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print('group1', type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print('group2', type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
errs = (TypeError, ValueError)
try:
    int([])
except errs as e:
    print('dynamic tuple', type(e).__name__)
try:
    raise KeyError('x')
except (IndexError, TypeError, KeyError):
    print('three-element tuple works')
try:
    try:
        raise KeyError('x')
    except (IndexError, (TypeError, KeyError)):
        print('not reached')
except TypeError as e:
    print('TypeError:', e)
