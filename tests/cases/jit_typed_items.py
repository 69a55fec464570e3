# Elements read from lists and tuples in hot loops are kept unboxed when the
# interpreter only saw floats (or ints) there; any other element must still
# behave exactly as in CPython.


def total(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[i % len(xs)] * 2.0
    return s


def int_total(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % len(xs)] * 3
    return s


def nbody_like(bodies, steps):
    for _ in range(steps):
        for b in bodies:
            b[0] += 0.01 * b[3]
            b[1] -= 0.02 * b[4]
    return [round(b[0], 6) for b in bodies] + [round(b[1], 6) for b in bodies]


def back(xs, n):
    s = 0.0
    for i in range(1, n):
        s += xs[-(i % len(xs)) - 1]
    return s


floats = [0.5, 1.25, -3.0, 2.0]
print(total(floats, 5000))
floats[2] = 7  # an int among the floats
print(total(floats, 5000))
floats[1] = 10 ** 30  # a big int
print(total(floats, 5000))
floats[0] = "x"
try:
    print(total(floats, 5000))
except TypeError as e:
    print("TypeError:", e)

ints = (3, 1, 4, 1, 5, 9, 2, 6)
print(int_total(ints, 6000))
print(int_total([1, 2, 2 ** 50, 3], 6000))
print(int_total([1, 2.5, 3], 6000))
try:
    print(int_total(["ab", "c"], 10))
except TypeError as e:
    print("TypeError:", e)

bodies = [[1.0, 2.0, 0.0, 0.5, -0.5], [3.0, -1.0, 0.0, 0.25, 0.75]]
print(nbody_like(bodies, 3000))
bodies[1][3] = 1
print(nbody_like(bodies, 100))
print(back([1.5, 2.5, 3.5], 4000))
try:
    back([1.5, 2.5, 3.5], 4000)
    print(total([], 10))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
