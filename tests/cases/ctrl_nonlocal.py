def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'modified by inner'
    print(x)
    inner()
    print(x)
outer()
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc(-3))
acc2 = make_acc()
print(acc2(1), acc(0))
def three_levels():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 100
        inner()
        return a
    r = mid()
    return r, a
print(three_levels())
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(no_nonlocal())
