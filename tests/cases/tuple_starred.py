a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, b = 'hello'
print(a, b)
a, *b = (1,)
print(a, b)
a, b, *c = range(6)
print(a, b, c)
*init, last = [[1, 2], [3, 4]]
print(init, last)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(first, rest)
print(*[1, 2], *(3,), *'ab')
merged = [*range(3), *[7, 8]]
print(merged, (*merged,), {*[1, 2, 2]})
d = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(d)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
