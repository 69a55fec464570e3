# In `while i < j` loops, `j -= 1` compiles without an overflow check (j is
# above a small int there), as `i += 1` does; likewise `j += 1` in
# `while i > j`. These runs check the edges: bounds at the ends of the
# small-int range, big ints and floats, and re-entries after deopts.


def swap_reverse(xs, i, j):
    n = 0
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i += 1
        j -= 1
        n += 1
    return n, i, j


def meet(lo, hi):
    steps = 0
    while lo < hi:
        hi -= 1
        steps += 1
    return steps, hi


def meet_up(hi, lo):
    steps = 0
    while hi > lo:
        lo += 1
        steps += 1
    return steps, lo


xs = list(range(50))
for _ in range(301):
    swap_reverse(xs, 0, 49)
    swap_reverse(xs, 3, 20)
print(xs)
for _ in range(3):
    print(meet(0, 3000), meet(-3000, 0), meet_up(3000, 0), meet_up(0, -3000))
print(meet(-(2**47) - 3, -(2**47) + 2))
print(meet(-(2**47) + 1, -(2**47) + 4))
print(meet(-(2**70), -(2**70) + 3))
print(meet(0.5, 3))
print(meet(1, 4.5))
print(meet_up(2**47 + 3, 2**47 - 2))
print(meet_up(2**47 - 2, 2**47 - 5))
print(meet_up(2**70, 2**70 - 3))
print(meet_up(3.5, 1))


# The lower bound is a call's result: small ints while the loop compiles,
# then a big int, so native code deoptimizes at the comparison and the
# interpreter re-enters the body with the counter at the range's end.
def lim(k):
    return k


def meet_call(hi, k):
    steps = 0
    while lim(k) < hi:
        hi -= 1
        steps += 1
        if steps > 5:
            break
    return steps, hi


for _ in range(200):
    meet_call(100, 95)
print(meet_call(-(2**47) + 2, -(2**47) - 10))
print(meet_call(-(2**47), -(2**48)))
