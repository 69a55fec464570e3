def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('  inner returned', r)
    yield 3
    r2 = yield from [10, 20]
    print('  list delegation returns', r2)
    yield from range(2)
    return 'outer-result'
print(list(outer()))
g = outer()
print(next(g), next(g), next(g))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], []], [[5]]])))
def echo():
    while True:
        v = yield
        if v is None:
            return 'stopped'
        print('  echo', v)
def wrapper():
    result = yield from echo()
    yield 'wrapper got ' + result
w = wrapper()
next(w)
w.send('a')
w.send('b')
print(w.send(None))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1], (2, 3), range(2))))
