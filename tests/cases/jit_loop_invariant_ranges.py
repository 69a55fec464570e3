# Ints a loop does not change, added to values of known range inside it
# (`row + col`, `row - col + n - 1`), compile without overflow checks once
# checked to be within 2**44 where the loop is entered; beyond that native
# code deoptimizes there and the recompile checks each operation. These
# runs check the edges (each function first compiled for small values): operands near and beyond the bound, at the ends of
# the small-int range, big ints, floats, and loops entered by OSR.


def diagonals(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out += d1 * 3 - d2
    return out


def offsets(base, step, k):
    t = []
    for i in range(k):
        t.append(base + i - step)
    return t[-1], len(t)


def nested(a, b):
    s = 0
    for i in range(30):
        for j in range(20):
            s += (a + i) - (b - j)
    return s


for _ in range(3):
    print(diagonals(3, 50), diagonals(-7, 200), offsets(10, 3, 500), nested(5, 9))

print(diagonals(2**44 - 5, 50))
print(diagonals(2**44 + 5, 50))
print(diagonals(-(2**44), 50))
print(diagonals(2**47 - 20, 50))
print(diagonals(-(2**47), 10))
print(diagonals(2**80, 10))
print(diagonals(1.5, 10))
print(offsets(2**47 - 1, -(2**46), 3))
print(offsets(2**46, 2**46, 4))
print(nested(2**47 - 10, 0), nested(0, -(2**47) + 5), nested(2**44, 2**44))
for _ in range(3):
    print(diagonals(2**45, 20), diagonals(4, 20), nested(1, 2))


# A long-running loop entered by OSR after its operands grew large.
def osr(base, n):
    acc = 0
    for i in range(n):
        acc += (base + i) % 7
    return acc


print(osr(3, 100000), osr(2**46, 100000), osr(2**47 - 50000, 100000))



# One copy of `diagonals` per edge value: each is its own code, compiled for
# small values first, then entered once with the edge value.
def diagonals_0(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_0(5, 40)
print(diagonals_0(2**44 - 5, 50), diagonals_0(7, 50))


def diagonals_1(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_1(5, 40)
print(diagonals_1(2**44 + 5, 50), diagonals_1(7, 50))


def diagonals_2(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_2(5, 40)
print(diagonals_2(-(2**44), 50), diagonals_2(7, 50))


def diagonals_3(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_3(5, 40)
print(diagonals_3(-(2**44) - 1, 50), diagonals_3(7, 50))


def diagonals_4(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_4(5, 40)
print(diagonals_4(2**47 - 20, 50), diagonals_4(7, 50))


def diagonals_5(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_5(5, 40)
print(diagonals_5(-(2**47), 50), diagonals_5(7, 50))


def diagonals_6(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_6(5, 40)
print(diagonals_6(2**80, 50), diagonals_6(7, 50))


def diagonals_7(row, n):
    out = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        out = d1 + d2
    return out


for _ in range(30):
    diagonals_7(5, 40)
print(diagonals_7(1.5, 50), diagonals_7(7, 50))
