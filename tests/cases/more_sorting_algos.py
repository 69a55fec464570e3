def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    out.extend(l[i:])
    out += r[j:]
    return out

def quick(a):
    if len(a) < 2:
        return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])

def heapify(a, n, i):
    largest = i
    l, r = 2 * i + 1, 2 * i + 2
    if l < n and a[l] > a[largest]:
        largest = l
    if r < n and a[r] > a[largest]:
        largest = r
    if largest != i:
        a[i], a[largest] = a[largest], a[i]
        heapify(a, n, largest)

def heap_sort(a):
    a = list(a)
    n = len(a)
    for i in range(n // 2 - 1, -1, -1):
        heapify(a, n, i)
    for i in range(n - 1, 0, -1):
        a[0], a[i] = a[i], a[0]
        heapify(a, i, 0)
    return a

def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    res = []
    for i, c in enumerate(counts):
        res.extend([i + lo] * c)
    return res

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed

data = [rnd() % 100 - 50 for _ in range(30)]
print(data)
for f in (bubble, insertion, merge_sort, quick, heap_sort, counting):
    r = f(data)
    print(f.__name__, r == sorted(data), r[:5], r[-3:])
print(sorted(data, reverse=True)[:10])
print(sorted(data, key=abs)[:10])
print(sorted(data, key=lambda x: (x % 3, -x))[:10])
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(set(words)))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(min(pairs), max(pairs))
print(sorted("hello world"))
print(''.join(sorted("hello world", reverse=True)))
print(sorted([3.5, 1, 2.25, -0.5, 10]))
print(sorted([]), sorted(()), sorted({3: 1, 1: 2}))
lst = [5, 2, 8, 1]
lst.sort()
print(lst)
lst.sort(key=lambda x: -x)
print(lst)
print(lst.sort())
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
