nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums))
print(sum(x for x in nums if x > 0), sum((x for x in nums), 100))
print(any(x > 5 for x in nums), any(x > 100 for x in nums), all(x != 0 for x in nums), all(x > 0 for x in nums))
print(min(abs(x) for x in nums), max(x for x in nums if x < 0), max((len(s) for s in ['a', 'abc']), default=0))
print(sorted(x for x in nums if x % 2), list(x for x in 'abc'), tuple(i for i in range(3)), set(i % 3 for i in range(10)))
print(dict((k, len(k)) for k in ['ab', 'c']), ','.join(str(x) for x in range(5)))
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), next(g), list(g), list(g))
checked = []
def pred(v):
    checked.append(v)
    return v > 2
print(any(pred(v) for v in [1, 2, 3, 4, 5]), checked)
checked.clear()
print(all(pred(v) for v in [5, 4, 1, 6]), checked)
print(sum(1 for _ in range(1000)), max(range(10), key=lambda v: (v % 3, v)))
