# A hot loop that makes cyclic garbage: the collector runs at the loop's
# back-edges while loop-carried ints and floats live in registers, and the
# loop continues with the same values.
import gc


class Node:
    pass


def churn(n):
    total = 0
    x = 0.5
    k = 7
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        total += i * k
        x = x * 0.999 + 0.25
        if i % 5000 == 0:
            k += 1
    return total, round(x, 6), k


def nested(n):
    acc = 0
    for i in range(n):
        j = 0
        while j < 3:
            pair = [None]
            pair[0] = pair
            acc += i ^ j
            j += 1
    return acc


print(churn(40000))
print(nested(20000))
gc.collect()
print(gc.collect())
