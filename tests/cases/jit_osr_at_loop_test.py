# On-stack replacement of inner loops entered at their test (the range
# iterator stepped back, a number-only while test run again): every item is
# seen once, loop-invariant values computed outside the inner loop are the
# right ones after the outer loop moves on, and tests that change what they
# read (walrus) or call something are entered where the interpreter was.


def nested_range(n):
    acc = 0
    seen = 0
    for a in range(n):
        for b in range(30):
            x = a * 31 + b * 17
            seen += 1
            if x % 3 == 0:
                acc += x // 3
            else:
                acc -= b
        acc %= 1000003
    return acc, seen


def nested_while(n):
    total = 0
    count = 0
    i = 0
    while i < n:
        j = 0
        while j < i % 50:
            total += i * j + (i ^ j)
            count += 1
            j += 1
        i += 1
    return total, count


def float_test(n):
    x = 0.0
    steps = 0
    for k in range(n):
        y = k * 0.5
        while y < k + 10.25:
            y += 0.75
            steps += 1
        x += y
    return x, steps


def walrus_test(n):
    out = []
    for k in range(n):
        m = 40
        while (m := m - 1) > 0:
            k += m & 1
        out.append(k)
    return sum(out), len(out)


class Box:
    def __init__(self, v):
        self.v = v

    def more(self, i):
        self.v -= 1
        return i < self.v


def call_test(n):
    total = 0
    for k in range(n):
        b = Box(60)
        i = 0
        while b.more(i):
            i += 2
        total += i + b.v
    return total


def steps_back(n):
    # A range with a step of 3 and one that counts down.
    s = 0
    for a in range(n):
        for b in range(a % 7, 90, 3):
            s += b
        for c in range(50, a % 5, -2):
            s -= c
    return s


def item_after_loop(n):
    last = []
    for a in range(n):
        for b in range(a % 20 + 1):
            pass
        last.append(b)
    return sum(last)


print(nested_range(3000))
print(nested_while(3000))
print(float_test(400))
print(walrus_test(500))
print(call_test(300))
print(steps_back(2000))
print(item_after_loop(2000))


class Num:
    compares = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Num.compares += 1
        return self.v < other

    def __add__(self, k):
        return Num(self.v + k)


def count_up(x, n):
    steps = 0
    while x < n:
        x = x + 1
        steps += 1
    return steps


# Hot with ints (compiled, with an entry at the loop), then run with an
# object whose comparison counts: entering native code fails its type
# check, and the comparison must not run one time too many.
for _ in range(30):
    count_up(0, 3000)
print(count_up(Num(0), 3000), Num.compares)
print(count_up(Num(0.5), 2000), Num.compares)


def near_i64_end(n):
    # A range whose step past its last item overflows i64 (the iterator
    # then keeps its stop as its next value): entered mid-run, it must not
    # be stepped back to anything but the item it yielded.
    t = 0
    for r in range(n):
        for k in range(2**63 - 5, 2**63 - 1, 3):
            t += k % 7 + r
        for k in range(-(2**63) + 4, -(2**63), -3):
            t -= k % 5
    return t


print(near_i64_end(3000))
