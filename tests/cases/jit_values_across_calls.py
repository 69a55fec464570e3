# Unboxed ints, floats and bools stay correct across the runtime calls of a
# compiled loop (native code writes them back before such calls and reads
# them again afterwards), including calls that raise into a handler.


class Box:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v % 3 != 0


class Flaky:
    def __init__(self):
        self.n = 0

    def poke(self, k):
        self.n += 1
        if k % 7 == 0:
            raise ValueError("seven")
        return k * 0.5


def across_calls(n):
    out = []
    f = 0.25
    i = 3
    ok = True
    acc = 0.0
    fl = Flaky()
    for k in range(n):
        b = Box(k)
        f = f * 1.0001 + 0.5
        i = i * 3 % 1009
        ok = not ok
        out.append(f)              # builtin method call
        if b:                       # __bool__ runs Python code
            acc += f
        acc += len(out) * 0.001     # builtin function
        acc += b.v                  # attribute load
        m = out.pop                 # method load
        m()
        try:
            acc += fl.poke(k)       # a generic call that may raise
        except ValueError:
            acc -= f + i
        if ok:
            acc += i
        it = iter((f, i))
        acc += next(it) + next(it)  # builtin iterator steps
    return round(acc, 6), round(f, 6), i, ok, fl.n, len(out)


for rounds in range(3):
    print(across_calls(300 + rounds))


def nested(n):
    # An inner loop without calls inside an outer loop with calls.
    total = 0.0
    rows = []
    for i in range(n):
        s = 0.0
        c = 0
        for j in range(n):
            s += (i + j) * 0.5
            c += j
        rows.append(s)
        total += s + c + len(rows)
    return total, rows[-1]


print(nested(120))
print(nested(121))
