def a(n):
    return b(n) + 1
def b(n):
    try:
        return c(n)
    finally:
        print('  b cleanup', n)
def c(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n * 2
print(a(5))
try:
    a(-1)
except ValueError as e:
    print('caught at top:', e)
def deep(n):
    if n == 0:
        raise KeyError('bottom')
    return deep(n - 1)
try:
    deep(50)
except KeyError as e:
    print('from depth 50:', e)
def middle():
    try:
        deep(3)
    except IndexError:
        print('wrong handler')
    print('not reached')
try:
    middle()
except LookupError as e:
    print('LookupError caught', repr(e))
class Res:
    def __init__(self, name):
        self.name = name
    def run(self):
        return helper(self.name)
def helper(name):
    return {'ok': 1}[name]
try:
    Res('bad').run()
except KeyError as e:
    print('method chain:', e)
print(Res('ok').run())
