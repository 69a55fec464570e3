# exec and eval of source strings with default, explicit and separate namespaces.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = 10
t(lambda: eval('1 + 2 * 3'))
t(lambda: eval('x + 1'))
t(lambda: eval('  x * 2'))
t(lambda: eval('x + y', {'x': 1, 'y': 2}))
t(lambda: eval('x + y', {'x': 1}, {'y': 5}))
t(lambda: eval('[i * i for i in range(4)]'))
t(lambda: eval('(lambda a: a + x)(1)', {'x': 100}))
t(lambda: eval('len("abc")', {}))
t(lambda: eval(b'3 * 3'))
t(lambda: eval('x = 1'))
t(lambda: eval('1 +'))
t(lambda: eval('undefined_name'))
t(lambda: eval('1', []))
t(lambda: eval(5))

exec('z = x * 3')
print(z)
g = {}
exec('a = 1\ndef f(n):\n    return n + a\nb = f(41)', g)
print(g['a'], g['b'], sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
g = {'base': 5}
l = {}
exec('c = base + 1\nd = c * 2', g, l)
print(l, 'c' in g)
exec('import sys as _s\nm = _s.maxsize > 0', g)
print(g['m'])
exec('class K:\n    v = 7\nobj = K()', g)
print(g['obj'].v, type(g['obj']).__name__)
t(lambda: exec('1/0'))
t(lambda: exec('def f(:\n  pass'))
t(lambda: exec('return 5'))
t(lambda: exec('x = ', {}))
t(lambda: exec('pass', 5))

def inner():
    q = 3
    exec('print("sees local", q)')
    r = eval('q * 2')
    return r
print(inner())

def counter():
    ns = {}
    for i in range(3):
        exec(f'v{i} = {i} * 10', ns)
    return [ns[f'v{i}'] for i in range(3)]
print(counter())
src = '''
total = 0
for i in range(10):
    if i % 2:
        total += i
'''
ns = {}
exec(src, ns)
print(ns['total'])
print(eval('total + 1', ns))
print(__name__, __name__ == '__main__')
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'mod'}))
try:
    eval('1 +')
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename)
