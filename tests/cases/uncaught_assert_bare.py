x = [1, 2]
assert len(x) == 2
print('first assert passed')
assert len(x) == 3
