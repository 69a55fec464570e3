def g():
    yield 1
    return 'ret'
    yield 2
it = g()
print(list(it), list(it))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  cleanup ran')
w = with_finally()
print(next(w))
w.close()
print('closed')
print(next(w, 'nothing after close'))
w.close()
def catches_exit():
    try:
        yield 'x'
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
c = catches_exit()
next(c)
c.close()
def never_started():
    print('never printed')
    yield
n = never_started()
n.close()
print('closed unstarted')
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'illegal'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def early_exit():
    for i in range(10):
        yield i
e = early_exit()
for v in e:
    if v == 2:
        break
print('next after break:', next(e))
