def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print('finished with', e.value)
def averager():
    count = 0
    avg = None
    while True:
        x = yield avg
        count += 1
        avg = x if avg is None else avg + (x - avg) / count
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))
g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print('TypeError:', e)
print(g.send(None))
def gen():
    got = yield 'first'
    print('  got', got)
    got = yield 'second'
    print('  got', got)
x = gen()
print(x.send(None), x.send('A'))
try:
    x.send('B')
except StopIteration:
    print('done')
