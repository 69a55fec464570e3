def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def f(x=make_default()):
    return x
print(f(), f(), f(10), counter)
def g(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(g(1, d=4), g(1, 5, 6, 7, d=8, e=9), g(a=0, d=1))
print(f.__defaults__, g.__kwdefaults__)
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
