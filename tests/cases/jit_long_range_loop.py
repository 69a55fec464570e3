# A range loop longer than the span native code first assumes (2**22)
# deoptimizes once and is recompiled without that assumption; the loop
# and the calls in it stay native (this checks the results, including the
# index arithmetic the span no longer bounds).


def f(xs, i):
    xs[0] = i
    return i + 1


def run(n, start):
    xs = [0]
    t = 0
    for i in range(start, n):
        t += f(xs, i) + i * i
    return t, xs[0]


print(run(1000, 0))
print(run(4300000, 0))
print(run(2**46 + 2000, 2**46))
print(run(-(2**47) + 100, -(2**47) - 100))
print(run(3000, 0))
