# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(product("ab", range(2))))
print(list(product([1, 2], repeat=2)), list(product()), list(product("ab", [])), list(product("ab", repeat=0)))
print(["".join(p) for p in product("xy", "12", "AB")])
t(lambda: product("ab", repeat=-1))
print(list(permutations("abc", 2)))
print(list(permutations(range(3))), list(permutations("ab", 5)), list(permutations([], 0)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 5)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 0)), list(combinations_with_replacement("ab", 3)))
t(lambda: permutations("abc", -1))
t(lambda: combinations("abc", -1))
t(lambda: combinations_with_replacement("abc", -1))
t(lambda: combinations("abc"))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(5), repeat=4)))
print(len(list(combinations_with_replacement(range(5), 3))))
p = permutations([1, 2, 3])
print(iter(p) is p, next(p), next(p))
total = 0
for a, b, c in combinations(range(1, 20), 3):
    if a + b + c == 20:
        total += a * b * c
print(total)
