# A global folded into native code stays folded while *other* globals are
# rebound (a module-level loop writing its counters), and a rebinding of
# the folded global itself is still seen at once.

SCALE = 3


def helper(x):
    return x * SCALE


def work(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s


total = 0
for step in range(300):
    total += work(50)
    if step == 200:
        SCALE = 5
    if step == 250:
        def helper(x):
            return x - 1
print(total, step, SCALE)
