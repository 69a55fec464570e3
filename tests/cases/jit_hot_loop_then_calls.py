# A function compiled because a loop of its first call got hot (entered at
# the loop header, mid-call) is then called again and again, with other
# argument types, from interpreted and from native code: its code before
# the loop (with side effects) and after it run as the interpreter would.
log = []


def work(n, tag):
    log.append(tag)  # runs once per call, before the loop
    t = 0
    k = [0, 1, 2]
    for i in range(n):
        t += i * 3 % 7 + k[i % 3]
    if n < 0:
        raise ValueError("negative: %d" % n)
    return t, len(log)


print(work(50000, "first"))
total = 0
for j in range(400):
    total += work(j % 17, j)[0]
print(total, len(log), log[-1])
try:
    work(-1, "neg")
except ValueError as e:
    print("caught", e, log[-1])


# The loop is the function's first instruction (its header is pc 0).
def spin(n):
    while n > 0:
        n -= 1
    return n


print(spin(100000), sum(spin(k) for k in range(300)))


# A loop nest: hot at the inner loop, later calls with other types.
def grid(rows, cols, scale):
    out = 0
    for r in range(rows):
        c = 0
        while c < cols:
            out += r * c * scale
            c += 1
    return out


print(grid(300, 300, 1))
print([grid(3, 4, s) for s in (1, 2.5, -1)], sum(grid(2, 2, 1) for _ in range(250)))
