# itertools: count, repeat, cycle, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise.
import itertools
from itertools import *


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = count(3)
print(next(c), next(c), repr(c), iter(c) is c)
print(list(islice(count(1, 0.5), 4)), repr(count(0, 1.0)), repr(count()), repr(count(3, 2)), repr(count(1.5)))
print(list(zip("abc", count(10, -3))))
t(lambda: count("a"))
print(list(repeat("x", 3)), repr(repeat(1, 3)), repr(repeat("a")), list(repeat(1, -2)), list(zip(range(3), repeat(0))))
print(list(map(pow, range(4), repeat(2))), list(repeat(None, times=2)))
t(lambda: repeat())
r = repeat(1, 2)
next(r)
print(repr(r))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=10)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["ab", "cd"])), list(chain()))
t(lambda: list(chain(1)))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise("abcd")), list(pairwise("a")))
it = pairwise(range(4))
print(iter(it) is it, next(it), list(it))
for f in (cycle, accumulate, pairwise, groupby):
    t(lambda: f(5))
for f in (starmap, compress, dropwhile, takewhile, filterfalse):
    t(lambda: f(len, 5))
