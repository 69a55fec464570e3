# Found by tests/fuzz_jit.py: entering an instruction, native code converts
# registers to the types the instruction expects one by one (releasing a
# known callee's slot, unboxing a float); when a later conversion's guard
# failed, the deoptimization wrote the frame back as it was *before* the
# earlier conversions, leaving the callee's slot empty ("'ellipsis' object
# is not callable" in the interpreter). The float guard fails here when y
# turns from a float into an int.


def f3(a, b):
    c = a
    for _ in range(2):
        c = c + b
    return c


def run():
    acc = 0
    x = 1
    y = 2.5
    z = True
    xs = [1, 2.5, True, 7, -3, 0.25]
    for i in range(2000):
        z = f3(y, (x != acc)) + acc
        if x | x:
            x = i
        y = len(xs[i % 4 : i % 7])
        xs[i % len(xs)] = acc and (xs[(z) % len(xs) if isinstance(z, int) else 0] - (x >> (abs(int(1000)) % 50)))
    return acc, x, y, z, xs


for _ in range(3):
    try:
        print(run())
    except Exception as e:
        print(type(e).__name__, e)
