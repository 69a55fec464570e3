sq = {x: x * x for x in range(6)}
print(sq)
ev = {x: x * x for x in range(10) if x % 2 == 0}
print(ev)
inv = {v: k for k, v in sq.items()}
print(inv)
pairs = {(i, j): i + j for i in range(3) for j in range(3) if i != j}
print(pairs)
dup = {x % 3: x for x in range(10)}
print(dup)
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
print({c: words.count(c) for c in words})
