def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def memo(n, cache={}):
    if n in cache:
        return cache[n], 'cached'
    cache[n] = n * n
    return cache[n], 'computed'
print(memo(3), memo(3), memo(4), memo(3))
def counter(d={'n': 0}):
    d['n'] += 1
    return d['n']
print(counter(), counter(), counter({'n': 100}), counter())
