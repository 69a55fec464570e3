# Lists of floats read in hot code (native code checks once per run that a
# list holds only floats): every way a non-float gets in must be seen.


def total(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[i % len(xs)] * 0.5 + xs[0]
    return s


def alias_store(a, b, n, late):
    # a and b are the same list: storing an int through b must be seen by
    # the next load through a.
    s = 0.0
    for i in range(n):
        s += a[0]
        b[0] = 1 if i == late else 2.5
        s += a[0]
    return s, a[0]


def alias_int(a, b, n):
    s = 0.0
    for i in range(n):
        s += a[1] + a[2]
        if i == n - 3:
            b[1] = 7
        s += a[1]
    return s


def appends(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[-1]
        if i == n // 2:
            xs.append(3)
    return s, len(xs)


def nbody_like(bodies, steps):
    for _ in range(steps):
        for b in bodies:
            b[0] += 0.01 * b[3]
            b[1] += 0.01 * b[4]
            b[3] -= b[0] * 0.001
            b[4] -= b[1] * 0.001
    return [round(x, 9) for x in bodies[0]]


def mixed(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[0]
    return s


fl = [i * 0.25 for i in range(40)]
print(total(fl, 5000))
fl[3] = 2
print(total(fl, 5000))
fl[3] = 2.0
print(total(fl, 5000))
fl.insert(0, None) if False else fl.sort()
print(total(fl, 5000))
same = [0.5, 1.5, 2.5]
print(alias_store(same, same, 3000, 2999))
print(alias_store([0.5] * 3, [0.5] * 3, 3000, 2999))
same2 = [0.5, 1.5, 2.5]
print(alias_int(same2, same2, 3000), same2)
print(appends([0.5, 1.0], 4000))
bodies = [[1.0, 2.0, 0.0, 0.5, -0.5], [3.0, -1.0, 0.0, 0.1, 0.2]]
print(nbody_like(bodies, 3000))
bodies[1][3] = 1
print(nbody_like(bodies, 300))
print(mixed([1.5, "x"], 3000), mixed([2.5, 3], 3000))
zeros = [0.0] * 100
for k in range(3000):
    zeros[k % 100] += 1.5
zeros[7] = True
print(sum(zeros), zeros[7], total(zeros, 2000))
inf = [float("inf"), float("nan"), -0.0] * 3
print(total(inf, 3000), mixed(inf, 2000))
