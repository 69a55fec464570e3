d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d['alpha'] = 100
print(d)
del d['zeta']
d['zeta'] = 0
print(d)
n = {}
for i in [5, 3, 9, 1, 7, -2, 100, 2**70]:
    n[i] = i * 2
print(n)
for k in n:
    print(k, n[k])
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
big[0] = 'back'
print(list(big.items())[-1])
