d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d[0] = 'zero'
d[False] = 'false'
d[0.5] = 'half'
d[-1] = 'neg'
d[2**70] = 'big'
d[float(2**70)] = 'bigf'
d[None] = 'none'
d[(1, 2)] = 'tup'
d['s'] = 'str'
print(d)
print(d[1], d[0.0], d[2**70], d[-1.0])
print(len({-1: 'a', -2: 'b'}), {-1: 'a', -2: 'b'}[-1])
