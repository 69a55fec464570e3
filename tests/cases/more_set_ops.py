a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [10])), sorted(a.intersection([1, 2, 99])), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(range(3, 9))))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = set()
print(c, len(c), bool(c), set("aab") == {"a", "b"}, set([1, 1, 2]) == {1, 2})
c.add(3); c.add(3); c.add(1)
print(sorted(c), 3 in c, 4 in c)
c.discard(10)
c.discard(3)
print(c)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
c.update([5, 6], {7})
print(sorted(c))
c.intersection_update({5, 6, 1, 100})
print(sorted(c))
c.difference_update([5])
print(c)
c.symmetric_difference_update({1, 2})
print(c)
c |= {8}
c &= {6, 8, 2}
c -= {2}
c ^= {100}
print(sorted(c))
print(c.pop() in (6, 8, 100), len(c))
c.clear()
print(c)
fs = frozenset([3, 1, 2])
print(fs, sorted(fs), fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset([1, 2, 3])))
print(frozenset(), frozenset("aa"), {fs: 1}[frozenset({1, 2, 3})])
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == frozenset({1, 2}), {1} != {1.0}, {0, False, 0.0}, {True, 1})
print(set(range(5)), {x % 4 for x in range(20)}, sorted({c for c in "hello world"}))
words = "to be or not to be that is the question".split()
uniq = []
seen = set()
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq, len(seen))
print(sorted(set(words) & set("be or to".split())))
s = {5, 3, 9, 1}
print(min(s), max(s), sum(s), sorted(s, reverse=True), len(s))
print(set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})
print({1, 2, 3}.copy(), set.union({1}, {2}), set().union(), {1}.issubset({1}))
print({-1, -5, 3}, {10, 2, 33}, {100, 1000, 10000})
x = {1, 2, 3}
y = x
y.add(4)
print(x, x is y, x.copy() is x)
print(repr(set()), repr(frozenset()), str({1}), repr(frozenset({1, 2})))
print(sorted({'b', 'a', 'c'}), sorted(frozenset('xyz')))
