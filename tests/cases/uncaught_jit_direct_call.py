# An exception raised in a compiled callee, called directly from compiled
# code, is uncaught: the traceback names every frame with its line.


def inner(x):
    if x > 250:
        return x // (x - x)
    return x + 1


def middle(x):
    y = inner(x)
    return y * 2


def outer():
    total = 0
    for i in range(300):
        total += middle(i)
    print(total)


outer()
