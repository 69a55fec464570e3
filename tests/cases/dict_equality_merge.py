a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b, list(a) == list(b), a == {'x': 1}, {} == {}, {1: 1} == {1.0: 1})
print({'k': [1, 2]} == {'k': [1, 2]}, {'k': 1} == {'k': 1.0})
m = a | {'z': 3, 'x': 100}
print(m, a)
a |= {'w': 0}
print(a)
print({1: 'a'} | {}, {} | {2: 'b'})
try:
    {} | [1]
except TypeError as e:
    print('TypeError:', e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print('TypeError:', e)
