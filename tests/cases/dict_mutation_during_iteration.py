d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
