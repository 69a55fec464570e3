# Small ints that outgrow the machine-word fast path inside compiled loops:
# results must be exact big ints, never wrapped values.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x

for _ in range(4):
    print(grow(20))
print(grow(200))
print(grow(60) % 1000000007)

def shifts(n):
    r = 0
    for i in range(n):
        r += 1 << i
    return r
for _ in range(3):
    print(shifts(10))
print(shifts(100))

def negate_edge():
    v = -(2 ** 47)
    out = []
    for i in range(3):
        out.append(-v - i)
    return out
for _ in range(3):
    print(negate_edge())

def counter(limit, step):
    i = 0
    while i < limit:
        i += step
    return i
for _ in range(3):
    print(counter(10000, 7))
print(counter(2 ** 70, 2 ** 68))

def mul_overflow():
    a = 3037000499
    total = 0
    for i in range(1000):
        total += a * (a + i)
    return total
for _ in range(3):
    print(mul_overflow())
