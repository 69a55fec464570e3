funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
funcs = [lambda j=j: j for j in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for k in range(3):
        def f():
            return k
        fs.append(f)
    k = 'changed'
    return fs
print([f() for f in make()])
def cell_updates():
    x = 1
    get = lambda: x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(cell_updates())
