print(hash(1), hash(0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)), hash(10**30))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0), hash(1e100))
print(hash(float('inf')), hash(float('-inf')))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), 3)), hash((-1, -2)), hash((True, 1.0)))
print(hash(None) == hash(None), hash('abc') == hash('abc'), hash((1, 'a')) == hash((1, 'a')))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = object()
ids = {id(x)}
print(id(x) in ids)
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
