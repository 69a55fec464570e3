def linear(a, x):
    for i, v in enumerate(a):
        if v == x:
            return i
    return -1

def binary(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

a = list(range(0, 100, 3))
print(a)
for x in [0, 3, 4, 50, 51, 99, 100, -1]:
    print(x, linear(a, x), binary(a, x), bisect_left(a, x), bisect_right(a, x))
b = [1, 2, 2, 2, 3, 5, 5, 8]
for x in range(10):
    print(x, bisect_left(b, x), bisect_right(b, x), b.count(x), x in b)
print(b.index(5), b.index(2, 2), b.index(5, 0, 7))
try:
    b.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    b.index(2, 4)
except ValueError as e:
    print("ValueError:", e)
s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("ss", 3), s.find("x"), s.index("pp"), s.rindex("i"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
t = (4, 5, 6, 5)
print(t.index(5), t.count(5))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))

def find_peak(a):
    lo, hi = 0, len(a) - 1
    while lo < hi:
        m = (lo + hi) // 2
        if a[m] < a[m + 1]:
            lo = m + 1
        else:
            hi = m
    return lo
print(find_peak([1, 3, 5, 7, 6, 2]), find_peak([9, 1]), find_peak([1]))
matrix = [[1, 4, 7, 11], [2, 5, 8, 12], [3, 6, 9, 16], [10, 13, 14, 17]]
def search_matrix(m, t):
    r, c = 0, len(m[0]) - 1
    while r < len(m) and c >= 0:
        if m[r][c] == t:
            return (r, c)
        if m[r][c] > t:
            c -= 1
        else:
            r += 1
    return None
for t in [5, 13, 20, 1, 17]:
    print(t, search_matrix(matrix, t))
