order = []
def deco(name):
    order.append('factory ' + name)
    def d(fn):
        order.append('apply ' + name)
        def w(*a):
            return name + '(' + fn(*a) + ')'
        return w
    return d
@deco('outer')
@deco('middle')
@deco('inner')
def base(x):
    return x
print(order)
print(base('v'))
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'txt'
print(text())
class Registry:
    items = []
    @staticmethod
    def add(fn):
        Registry.items.append(fn.__name__)
        return fn
@Registry.add
def one():
    pass
@Registry.add
def two():
    pass
print(Registry.items)
