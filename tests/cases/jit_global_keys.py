# Globals added or deleted while compiled code has folded lookups: the
# folded code deoptimizes and is recompiled, folding the lookups again, and
# always sees the current bindings (a new global shadowing a builtin, a
# deleted global falling back to the builtin, a rebinding).


def helper(x):
    s = 0
    for k in range(x % 3):
        s += k
    return s


def work(n):
    t = 0
    for i in range(n):
        t += helper(i) + len("ab")
    return t


for round_ in range(4):
    # Each round adds a new global after `work` was compiled.
    globals()["made_%d" % round_] = round_
    print(round_, work(3000))

# A global shadows the builtin `len` after `work` was compiled.
def len(x):
    return 10


print(work(3000))
del len
print(work(3000))

# Rebinding the helper is seen at its next call.
def helper(x):
    return 1


print(work(3000))
results = []
for k in range(5):
    last = work(500 + k)
    results.append(last)
print(results, last)
