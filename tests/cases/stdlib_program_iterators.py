# A program mixing itertools, collections, functools, heapq, bisect and copy in less common ways.
import itertools as it
import collections as co
import functools as ft
import heapq, bisect, copy


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(it.islice(fib_gen(), 10)), list(it.takewhile(lambda x: x < 100, fib_gen()))[-1])
print(list(it.islice(fib_gen(), 2, 20, 4)))
evens = filter(lambda x: x % 2 == 0, fib_gen())
print(next(evens), next(evens), next(evens))
pairs = list(it.product(range(3), repeat=2))
print(pairs[:4], len(pairs))
print(list(it.starmap(lambda a, b: a * b, it.zip_longest([1, 2, 3], [4, 5], fillvalue=1))))
g = it.groupby(sorted(["apple", "bob", "cat", "avocado", "banana"], key=len), key=len)
print([(k, sorted(v)) for k, v in g])


class Person:
    def __init__(self, name, dept):
        self.name, self.dept = name, dept

    def __repr__(self):
        return self.name


people = [Person("a", "x"), Person("b", "y"), Person("c", "x")]
people.sort(key=lambda p: p.dept)
print({d: list(ps) for d, ps in it.groupby(people, key=lambda p: p.dept)})
t1, t2, t3 = it.tee((x * x for x in range(5)), 3)
print(list(t1), sum(t2), max(t3))
print(list(it.accumulate(it.repeat(2, 5), lambda a, b: a ** b if a < 100 else a)))
print(list(it.compress(it.count(), [0, 1, 1, 0, 1])), list(it.dropwhile(str.isdigit, "123abc4")))
print(list(it.chain.from_iterable(it.repeat("ab", 3))), list(it.permutations("aab", 2)))
c = it.cycle("xyz")
print([next(c) for _ in range(7)])
d = co.deque(range(10))
d.rotate(3)
print(d, d[0], d[-1], d.index(0), list(it.islice(d, 2, 5)))
d2 = co.deque(maxlen=4)
for i in range(10):
    d2.appendleft(i)
print(d2, list(reversed(d2)), d2.count(7), 7 in d2)


class LastUpdated(co.OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu, list(lu.items()))
nested = co.defaultdict(lambda: co.defaultdict(int))
for word in "a b a c b a".split():
    nested[len(word)][word] += 1
print({k: dict(v) for k, v in nested.items()})
cnt = co.Counter({"a": 3, "b": -1, "c": 0})
print(cnt, +cnt, -cnt, list(cnt.elements()), cnt.total())
cnt2 = co.Counter(a=1, d=5)
print(cnt + cnt2, cnt - cnt2, cnt2 - cnt, (cnt | cnt2).most_common(2))


class Pt(co.namedtuple("Pt", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Pt(self.x + other.x, self.y + other.y)


p = Pt(3, 4)
print(p, p.norm, p + Pt(1, 1), p._replace(x=0), Pt._make((5, 12)).norm)


@ft.lru_cache(maxsize=32)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().maxsize, ways.cache_info().currsize <= 32)
compose = lambda *fs: ft.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(5))
heap = []
for name, pri in [("write", 3), ("read", 1), ("exec", 2), ("idle", 3)]:
    heapq.heappush(heap, (pri, name))
print([heapq.heappop(heap)[1] for _ in range(len(heap))])
print(heapq.nlargest(2, people, key=lambda p: p.name), heapq.nsmallest(1, [3, 1, 2]))
merged = list(heapq.merge(sorted([5, 1, 9]), sorted([4, 8]), [0, 10]))
print(merged)
data = sorted([random_like for random_like in (17, 3, 99, 42, 8)])
idx = bisect.bisect_left(data, 42)
print(data, idx, data[idx])
orig = {"a": [1, {"b": co.deque([2])}], "t": (co.Counter("aa"),)}
cp = copy.deepcopy(orig)
cp["a"][1]["b"].append(3)
print(orig, cp)
