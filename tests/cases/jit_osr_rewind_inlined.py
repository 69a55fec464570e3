# A range loop entered by OSR at its test, in a function that also calls
# small functions the JIT inlines, before and after the loop. The inlined
# bodies' instructions are numbered from their own code's start: an edge
# inside one must never be taken for an edge into the loop's test
# (that once sent the code after the loop back into it, forever).


def g1(a):
    b = a + 1
    c = b * 2
    return b + c


def g2(a):
    b = a + 1
    c = b * 2
    d = c - 3
    e = d + 4
    f = e * 5
    return f - 6 + b + c + d


def g3(a):
    b = a + 1
    c = b * 2
    d = c - 3
    e = d + 4
    f = e * 5
    g = f - 6
    h = g * 7
    i = h + 8
    j = i - 9
    return j + b + c + d + e + f + g + h + i


def after(n):
    t = 0
    for i in range(n):
        for j in range(3):
            t += j
    return g1(t) + g2(t) + g3(t)


def before_and_after(n):
    s = g3(n) + g2(n) + g1(n)
    t = 0
    for i in range(n):
        for j in range(3):
            t += j + s % 7
    return g3(t) - g2(t) + g1(t)


print(after(3000))
for k in range(5):
    print(after(3000 + k))
for k in range(150):
    before_and_after(20 + k % 3)
print(before_and_after(2500))
print(before_and_after(25))
