def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed')
    yield 3
g = numbers()
try:
    for n in g:
        print('got', n)
except ValueError as e:
    print('caught:', e)
print(next(g, 'exhausted after error'))
def guarded():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('  generator finally')
for x in guarded():
    print(x)
def catcher():
    while True:
        try:
            v = yield
            print('  received', v)
        except KeyError as e:
            print('  gen caught', repr(e))
            yield 'recovered'
c = catcher()
next(c)
c.send(1)
print(c.throw(KeyError('k')))
next(c)
c.send(2)
def divide(xs):
    for x in xs:
        yield 10 / x
try:
    print(list(divide([1, 2, 0, 5])))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
results = []
try:
    for r in divide([5, 0]):
        results.append(r)
except ZeroDivisionError:
    print('partial', results)
