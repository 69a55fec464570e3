def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def finally_sees():
    x = 'before'
    try:
        return x
    finally:
        x = 'changed'
        print('  finally sets x, returned value already computed')
print(finally_sees())
def brk():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke at ' + str(i)
print(brk())
def cont():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(cont())
def nested_finally():
    log = []
    try:
        try:
            return 'inner'
        finally:
            log.append('f1')
    finally:
        log.append('f2')
        print('  log', log)
print(nested_finally())
def loop_return():
    for i in range(3):
        try:
            return i
        finally:
            print('  cleanup', i)
print(loop_return())
