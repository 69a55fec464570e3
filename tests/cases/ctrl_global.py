counter = 0
def inc():
    global counter
    counter += 1
    return counter
for _ in range(3):
    inc()
print(counter)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
value = 'global'
def read_only():
    return value
def shadow():
    value = 'local'
    return value
print(read_only(), shadow(), value)
def bad():
    print(value)
    value = 'x'
try:
    bad()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def g():
    global value
    del value
g()
try:
    value
except NameError as e:
    print('NameError:', e)
