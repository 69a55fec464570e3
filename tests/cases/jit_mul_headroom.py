# `c * x` for a literal c in 2..9 is checked to stay 2**20 inside the
# small-int range, so `3 * x + 1` needs no second check. These runs check
# products near the range's ends: just inside, at the headroom, beyond,
# in loops compiled for small values first.

M = 2**47 - 1


def drive(vals):
    out = []
    for x in vals:
        out.append((2 * x + 3, 2 * x - 3, 3 * x + 1, 9 * x + 8, 9 * x - 8, 5 * x + 4, 7 * x - 6))
    return out


def drive_minus(vals):
    out = []
    for x in vals:
        out.append((2 * x - 3, 9 * x - 8, 5 * x - 4))
    return out


small = list(range(-50, 50))
for _ in range(40):
    drive(small)
    drive_minus(small)
edges = []
for base in [M // 2, -(M // 2) - 1, M // 3, -(M // 3) - 1, M // 9, -(M // 9) - 1, M // 5, -(M // 5) - 1, M // 7, -(M // 7) - 1]:
    for d in range(-3, 4):
        edges.append(base + d)
    edges.append(base - 2**20 // 3)
    edges.append(base + 2**20 // 3)
for x, r in zip(edges, drive(edges)):
    print(x, r)
for x, r in zip(edges, drive_minus(edges)):
    print(x, r)
print(drive(small)[:3], drive_minus(small)[-3:])


def collatz_max(n):
    best = 0
    for k in range(1, n):
        x = k
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            if x > best:
                best = x
    return best


print(collatz_max(3000))
