import sys
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
try:
    depth(5000)
except RecursionError:
    print('5000 too deep with default limit')
sys.setrecursionlimit(6000)
print(sys.getrecursionlimit())
print(depth(5000))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(5500))
try:
    depth(10000)
except RecursionError:
    print('10000 still too deep')
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError:
    print('too deep again')
