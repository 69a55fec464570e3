# A `for` loop over a range of known length that only adds bounded amounts
# to a register (`total += n`, `count += 1`, `acc -= b`) compiles those
# additions without overflow checks: entering the loop, the accumulator
# must be within 2**46, else native code deoptimizes and the recompile
# checks each addition. These runs check the edges: accumulators entering
# near and beyond that bound, reaching the end of the small-int range,
# turning into big ints or floats, negative steps, masks and shifts.


def summarize(flags):
    count = 0
    total = 0
    last = 0
    for n in range(len(flags)):
        if flags[n]:
            count += 1
            total += n
            last = n
    return count, total, last


def from_start(start, n):
    # The accumulator comes in from the caller: any int.
    acc = start
    for i in range(n):
        acc += i
        acc -= 1
    return acc


def shifted(n):
    acc = 0
    for a in range(n):
        for b in range(40):
            x = a * 31 + b * 17
            if x % 3 == 0:
                acc += x // 3
            elif x & 1:
                acc -= b
            else:
                acc += (x >> 2) - a + (x & 255) - (a ^ b) + (a | 3)
        acc %= 1000003
    return acc


def literal_span(start):
    t = start
    for k in range(-50, 50):
        t += k * k
        t -= 7
    return t


def two_adds(n, start):
    s = start
    for i in range(n):
        s += i
        s += i * 2
    return s


flags = [i % 3 == 0 or i % 7 == 1 for i in range(5000)]
for _ in range(4):
    print(summarize(flags))
    print(from_start(0, 3000), from_start(-5, 3000))
    print(shifted(300))
    print(literal_span(0), literal_span(-(2**40)))
    print(two_adds(2000, 10))

# Entering near and beyond the bound the additions were compiled for.
print(from_start(2**46 - 10, 100))
print(from_start(2**46 + 10, 100))
print(from_start(2**47 - 3000, 3000))
print(from_start(-(2**47) + 5, 3000))
print(from_start(2**47 + 5, 30))
print(from_start(2**64, 30))
print(from_start(-(2**70), 30))
print(from_start(0.5, 30))
print(literal_span(2**47 - 10))
print(literal_span(-(2**47)))
print(two_adds(1000, 2**47 - 1000))
print(two_adds(1000, 2**46))
for _ in range(3):
    print(from_start(3, 50), from_start(2**46 + 1, 20), two_adds(100, 2**47 - 5))


# The accumulator's loop entered from the interpreter (on-stack
# replacement) after the accumulator had grown past the bound.
def osr(n, big):
    acc = big
    for i in range(n):
        acc += i
    return acc


print(osr(200000, 2**46 - 2))
print(osr(200000, 0))
print(osr(50000, 2**47 - 10**9 - 3))


# Module-level loop.
total = 0
count = 0
for q in range(100000):
    if q % 5 == 2:
        total += q
        count += 1
print(total, count)
