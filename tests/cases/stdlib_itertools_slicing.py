# itertools: groupby, islice, tee, zip_longest.
from itertools import groupby, islice, tee, zip_longest, count


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, _ in groupby(sorted("mississippi"))], list(groupby([])))
gs = list(groupby("aabbc"))
print([(k, list(g)) for k, g in gs])
g = groupby("aaabb")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(v) for k, v in groupby(words, key=lambda w: w[0])})
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)), list(islice("abc", 5, 3)), list(islice(count(), 2, 12, 3)))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
src = iter(range(10))
print(list(islice(src, 5, 3)), next(src))
t(lambda: islice("abc", -1))
t(lambda: islice("abc", "a"))
t(lambda: islice("abc", 0, 2, 0))
t(lambda: islice("abc", 1, -2))
t(lambda: islice("abc"))
t(lambda: islice("abc", 1, 2, 3, 4))
t(lambda: islice(5, 1))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z), tee([], 0))
t(lambda: tee("abc", -1))
a, b = tee("xy")
(c,) = tee(a, 1)
print(list(c), list(a), list(b))
a, b = tee(count())
print([next(a) for _ in range(3)], [next(b) for _ in range(5)], next(a))
print(list(zip_longest("abc", "x", fillvalue="-")), list(zip_longest("ab", [1, 2, 3])), list(zip_longest()))
t(lambda: zip_longest(1))
t(lambda: zip_longest("a", x=1))
