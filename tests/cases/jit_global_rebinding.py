def helper(x):
    return x + 1
def run(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s
print(run(5000))
def helper(x):
    return x * 2
print(run(5000))
FACTOR = 3
def scaled(n):
    t = 0
    for i in range(n):
        t += i * FACTOR
    return t
print(scaled(5000))
FACTOR = 0.5
print(scaled(5000))
def uses_len(xs):
    total = 0
    for _ in range(3000):
        total += len(xs)
    return total
print(uses_len([1, 2, 3]))
def len(x):
    return 100
print(uses_len([1, 2, 3]))
del len
print(uses_len([1, 2, 3]))
