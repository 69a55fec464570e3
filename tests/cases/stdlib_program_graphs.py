# A program mixing the stdlib modules: graphs with heapq/deque, Counter, lru_cache, itertools, NamedTuple, copy, bisect.
from __future__ import annotations
import heapq
from collections import defaultdict, deque, namedtuple, Counter, OrderedDict
from functools import lru_cache, reduce, partial, total_ordering
from itertools import permutations, combinations, groupby, accumulate, chain, islice, count, product, zip_longest
from typing import Dict, List, Tuple, Optional, NamedTuple, Iterator
import copy
import bisect

Edge = namedtuple("Edge", "src dst weight")


class Graph:
    def __init__(self) -> None:
        self.adj: Dict[str, List[Tuple[str, int]]] = defaultdict(list)

    def add(self, e: Edge) -> None:
        self.adj[e.src].append((e.dst, e.weight))
        self.adj[e.dst].append((e.src, e.weight))

    def dijkstra(self, start: str) -> Dict[str, int]:
        dist = {start: 0}
        pq = [(0, start)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    heapq.heappush(pq, (nd, v))
        return dict(sorted(dist.items()))

    def bfs(self, start: str) -> List[str]:
        seen = {start}
        order = []
        q = deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order


g = Graph()
for s, d, w in [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8), ("d", "e", 3)]:
    g.add(Edge(s, d, w))
print(g.dijkstra("a"))
print(g.bfs("a"))
print(Edge("x", "y", 1), Edge._fields)

text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c.most_common(3), c["the"], c["cat"], sum(c.values()))
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5))
print(sorted((c & Counter("the fox fox".split())).items()))


@lru_cache(maxsize=None)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance.cache_info().hits > 0)
cities = {"A": (0, 0), "B": (1, 5), "C": (4, 3), "D": (6, 1)}


def dist(p, q):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


best = min(permutations("BCD"), key=lambda r: sum(dist(cities[x], cities[y]) for x, y in zip(("A",) + r, r + ("A",))))
print(best)
print([k for k, grp in groupby(sorted("aabbbcdd"))], list(accumulate(range(1, 6), lambda a, b: a * b)))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), list(islice(count(7, 7), 4)))
print(list(zip_longest("ab", "xyz", fillvalue="_")), len(list(product("01", repeat=4))))


@total_ordering
class Version:
    def __init__(self, s: str):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


vs = sorted(map(Version, ["1.10.0", "1.2.3", "1.2.10", "0.9"]))
print(vs, max(vs), Version("1.0") >= Version("0.9"))


class Card(NamedTuple):
    rank: int
    suit: str

    def __str__(self):
        return f"{self.rank}{self.suit}"


hand = [Card(r, s) for r, s in product([10, 11, 12], "hs")]
print(" ".join(map(str, hand)), max(hand), hand[0]._asdict())
state = {"board": [[0] * 3 for _ in range(3)], "players": ["x", "o"]}
snap = copy.deepcopy(state)
state["board"][1][1] = "x"
print(snap["board"], state["board"][1])
scores = [55, 70, 85, 90]
print([bisect.bisect(scores, s) for s in (10, 70, 99)])
lru = OrderedDict()
for key in "abcadbe":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
pow2 = partial(pow, 2)
print([pow2(i) for i in range(6)], list(chain.from_iterable(combinations("abc", r) for r in range(3))))
