# The callee of a call is loaded before its arguments are evaluated: an
# argument that rebinds (or deletes) the global still calls the function
# loaded first, and the next call sees the new binding. An argument that
# overflows into a big int deoptimizes between the load and the call.


def f(x):
    return x + 1


def g(x):
    return x * 2


def h(x):
    return x - 3


state = {"calls": 0}


def maybe_rebind(i):
    global f
    state["calls"] += 1
    if i == 300:
        f = g
    if i == 600:
        f = h
    return i


def use(n):
    total = 0
    for i in range(n):
        total += f(maybe_rebind(i))
    return total


print(use(900), state["calls"])


def k(x):
    return x % 1000


def grow(n):
    acc = 0
    big = 1
    for i in range(n):
        big = big * 3 if i < 60 else big
        acc += k(i + big)
    return acc


print(grow(400))


def victim(x):
    return x + 100


def delete_it(i):
    global victim
    if i == 250:
        del victim
    return i


def calls_deleted(n):
    out = 0
    for i in range(n):
        try:
            out += victim(delete_it(i))
        except NameError as e:
            return out, str(e)
    return out, None


print(calls_deleted(500))
