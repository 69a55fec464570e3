# heapq: push/pop/heapify/replace/pushpop, nlargest/nsmallest, merge.
import heapq
from heapq import *


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, x)
print(h[0], len(h), [heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data, heappop(data), data)
print(heapreplace(data, 10), data, heappushpop(data, -1), heappushpop(data, 4), data)
t(lambda: heappop([]))
t(lambda: heapreplace([], 1))
t(lambda: heapify(5))
t(lambda: heappush((), 1))
t(lambda: heappushpop([], 3))
pq = []
heappush(pq, (2, "b"))
heappush(pq, (1, "z"))
heappush(pq, (1, "a"))
print([heappop(pq) for _ in range(3)])
print(nlargest(3, [1, 8, 2, 9, 4]), nsmallest(2, [5, 1, 4]), nlargest(2, ["aa", "b", "cccc", "dd"], key=len))
print(nsmallest(3, ["aa", "b", "cc", "d"], key=len), nsmallest(0, [1]), nlargest(10, [3, 1]), nlargest(2, iter([4, 9, 1])))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([3, 1], [2], reverse=True)))
print(list(merge(["a", "ccc"], ["bb"], key=len)), list(merge()), list(merge([(1, "x")], [(1, "a")])))
vals = [(i * 7919) % 1000 for i in range(500)]
h = []
for v in vals:
    heappush(h, v)
print([heappop(h) for _ in range(len(h))] == sorted(vals))
h = vals[:]
heapify(h)
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))


class Task:
    def __init__(self, p, name):
        self.p, self.name = p, name

    def __lt__(self, other):
        return self.p < other.p


q = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapify(q)
print([heappop(q).name for _ in range(3)])
