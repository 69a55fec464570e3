a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
def mutate(lst):
    lst.append('m')
    lst = ['new']
    lst.append('n')
    return lst
r = mutate(a)
print(a, r)
rows = [[]] * 3
rows[0].append(1)
print(rows)
rows = [[] for _ in range(3)]
rows[0].append(1)
print(rows)
x = [0, 1, 2]
for item in x:
    if item == 0:
        x.append(3)
    print(item)
print(x)
