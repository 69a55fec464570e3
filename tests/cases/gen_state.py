def stateful():
    local = []
    for i in range(4):
        local.append(i)
        yield list(local)
g = stateful()
print(next(g))
print('between calls')
print(next(g))
h = stateful()
print(next(h), next(g), next(h))
def counter():
    count = 0
    while True:
        count += 1
        yield count
c1, c2 = counter(), counter()
print(next(c1), next(c1), next(c1), next(c2))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return
print(list(interleave('abc', [1, 2, 3, 4])))
def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested_loops()))
