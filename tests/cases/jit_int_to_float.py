# A hot loop whose accumulator turns from int to float part-way, and a
# loop variable reused with both types.
def acc(n, switch):
    total = 0
    for i in range(n):
        if i == switch:
            total = total + 0.5
        total += i
    return total

for k in range(5):
    print(acc(3000, 10 ** 9))
print(acc(3000, 1500))
print(acc(3000, 0))

def mixed_values(values):
    s = 0
    for v in values:
        s = s * 1 + v
    return s

ints = list(range(2000))
for _ in range(5):
    print(mixed_values(ints))
print(mixed_values(ints + [0.25, 1e300, -1e300]))
print(mixed_values([1.5] * 10 + [2] * 10))

def divide(n):
    out = 0.0
    for i in range(1, n):
        out += (i * 3) / i
        out -= i // 2 / (i + 1)
    return out
for _ in range(3):
    print(divide(2000))
