def f(*args):
    return type(args).__name__, len(args), args
print(f(), f(1), f(1, 'a', None))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=10), total())
def passthrough(*a):
    return f(*a)
print(passthrough(4, 5))
print(max(*[3, 9, 2]), (lambda *a: sum(a))(1, 2, 3))
