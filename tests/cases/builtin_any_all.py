print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any('abc'), all(''), any([None, '', []]), all([[1], 'x', 2]), any(x > 3 for x in range(5)))
print(all(range(1, 5)), all(range(5)), any(range(1)), any({0: 'a'}), any({1: 0}))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(map(t, [0, 0, 5, 0, 7])), calls)
calls.clear()
print(all(map(t, [1, 2, 0, 3])), calls)
print(type(any([])).__name__, any([2]), all([2]))
