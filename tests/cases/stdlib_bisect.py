# bisect: bisect_left/right, insort_left/right, lo/hi/key.
import bisect


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 5, 0, 3), bisect.bisect_right(a, 2, hi=2), bisect.bisect_left([], 1))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0)
bisect.insort(a, 9, 3)
print(a)
t(lambda: bisect.bisect_left([1], 1, -1))
t(lambda: bisect.insort(5, 1))
t(lambda: bisect.bisect_left(5, 1))
t(lambda: bisect.bisect_left([1, "a"], 2))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
s = []
for v in [5, 3, 8, 1, 9, 2]:
    bisect.insort(s, v)
print(s, bisect.bisect(s, 4.5), bisect.bisect_left(s, 8), bisect.bisect_right(s, 8))
fl = [0.5, 1.5, 2.5]
print(bisect.bisect(fl, 1.5), bisect.bisect_left(fl, 1.5), bisect.bisect(["a", "c"], "b"))
