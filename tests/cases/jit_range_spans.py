# Range loops whose bounds are not literals are compiled for values within
# +-2**22 (guarded where the iterator is made or taken over), so index
# arithmetic on their variables (i + j, i * 31 + j) needs no overflow
# check. Ranges beyond that, steps other than 1 sharing a register, and
# loops entered mid-way must still give exactly the interpreter's results.


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def grid(n, m):
    t = 0
    s = 0.0
    for i in range(n):
        for j in range(m):
            t += (i + j) * (i + j + 1) // 2 + i * 31 + j
            s += eval_a(i, j)
    return t, round(s, 9)


def shifted(start, count):
    t = 0
    for i in range(start, start + count):
        t += i * 3 + (i - 1)
    return t


def strided(n):
    t = 0
    for i in range(n):
        t += i * 7
    for i in range(0, n, 3):
        t += i * 5
    return t


def long_loop(start):
    t = 0
    for i in range(start, start + 20000):
        t += i * 2 + 1
    return t


for _ in range(30):
    r = grid(12, 9)
print(r)
for _ in range(60):
    shifted(0, 50)
print(shifted(0, 50), shifted(2**46, 10), shifted(2**44, 5), shifted(-2**46, 5), shifted(2**31 - 3, 6), shifted(2**22 - 3, 6), shifted(-(2**22) - 1, 3))
print(shifted(0, 50), grid(3, 4))
for _ in range(40):
    strided(30)
print(strided(30), strided(1000))
print(long_loop(0), long_loop(2**40), long_loop(-2**45), long_loop(2**31 - 10000), long_loop(2**22 - 10000))
