# A list iterator that reached the end stays exhausted even if the list
# grows afterwards (CPython's behaviour), whether the loop ran in the
# interpreter or in compiled code.
def drain(n):
    items = list(range(n))
    it = iter(items)
    total = 0
    for x in it:
        total += x
    items.append(100)
    return total, list(it), next(it, "done")

for n in [0, 1, 5, 200]:
    for _ in range(3):
        r = drain(n)
    print(r)

def partial():
    items = [1, 2, 3]
    it = iter(items)
    for x in it:
        if x == 2:
            break
    items.append(4)
    return list(it)

for _ in range(5):
    print(partial())
