def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
def make_multiplier(n):
    def mult(x):
        return x * n
    return mult
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = outer()
add('a'); add('b')
print(get())
def adders():
    result = {}
    for name, inc in [('one', 1), ('ten', 10)]:
        def f(x, inc=inc):
            return x + inc
        result[name] = f
    return result
a = adders()
print(a['one'](5), a['ten'](5))
