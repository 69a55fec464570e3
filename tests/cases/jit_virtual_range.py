# `for i in range(...)` loops whose iterator lives in registers only: it
# must become a real iterator wherever the interpreter may take over (a
# deoptimization mid-loop, a call that is not compiled yet, a collection at
# a back-edge) and the loop must go on from the same point.
import gc


def overflow_mid_loop(n):
    x = 1
    total = 0
    for i in range(n):
        x = x * 3
        total += i
    return total, x % 1000007


print(overflow_mid_loop(100))


def steps_and_bounds():
    out = []
    for i in range(10, -10, -3):
        out.append(i)
    for i in range(5, 5):
        out.append(-1)
    big = 2 ** 46
    for i in range(big - 3, big + 1):
        out.append(i - big)
    for i in range(2 ** 48 - 2, 2 ** 48 + 1):
        out.append(i - 2 ** 48)
    return out


for _ in range(3):
    r = steps_and_bounds()
print(r)


def nested_break_continue(n):
    hits = 0
    for i in range(n):
        if i % 5 == 0:
            continue
        for j in range(i):
            if j > 6:
                break
            hits += j
        if hits > 100000:
            break
    return hits


print(nested_break_continue(400))


def early_return(n):
    for i in range(n):
        if i * i > 5000:
            return i
    return -1


print([early_return(k) for k in (10, 100, 1000)])


def helper(v):
    return v + 1


def calls_inside(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s


print(calls_inside(500), calls_inside(500))


class Box:
    pass


def garbage_inside(n):
    keep = 0
    for i in range(n):
        a = Box()
        a.me = a
        keep += i & 3
    return keep


print(garbage_inside(30000))
gc.collect()


def not_ints(n):
    out = 0
    for k in range(n):
        try:
            for i in range(k if k % 50 else 2.5):
                out += 1
        except TypeError as e:
            out += 1000
    return out


print(not_ints(200))

total = 0
for i in range(200000):
    total += i % 7
print(total)
