import sys
old = sys.getrecursionlimit()
print(old, type(old).__name__)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(1800))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
