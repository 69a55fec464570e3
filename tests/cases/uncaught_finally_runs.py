def work():
    try:
        print('in try')
        raise LookupError('lookup failed')
    finally:
        print('finally still runs')
work()
