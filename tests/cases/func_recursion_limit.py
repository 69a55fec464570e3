import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError:', e)
print('still alive')
def count_depth():
    d = 0
    def rec():
        nonlocal d
        d += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return d
d = count_depth()
print(900 < d <= 1000)
try:
    infinite(0)
except RuntimeError as e:
    print('RecursionError is a RuntimeError:', type(e).__name__)
def after():
    return sum(range(10))
print(after())
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print('RecursionError from __repr__ recursion caught')
print(sys.getrecursionlimit())
