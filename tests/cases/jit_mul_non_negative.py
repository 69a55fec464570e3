# `c * x` for a small literal c where x is known not to be negative (a
# branch said so) but has no known upper end: only the upper end is
# checked. Products past the small-int range must still come out right.


def scaled_sum(xs):
    t = 0
    for x in xs:
        if x >= 0:
            t += 3 * x + 1
        else:
            t -= 5 * x
    return t


small = list(range(-50, 2000))
print(scaled_sum(small))
for _ in range(3):
    print(scaled_sum(small))
edge = [2**47 // 3 - 2, 2**47 // 3 + 5, 2**46, 2**47 - 1, 2**47, -(2**47), 2**60, -(2**60), 7]
print(scaled_sum(edge))
print(scaled_sum(small + edge + small))


def nine(xs):
    out = []
    for x in xs:
        if x > 10:
            out.append(9 * x)
    return out


print(nine(list(range(0, 3000, 7)))[-3:], nine([2**47 // 9, 2**47 // 9 + 1, 2**50]))
