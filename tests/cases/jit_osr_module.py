# Hot loops in module-level code and in a function called once (entered by
# on-stack replacement while running), with state that must carry over.
total = 0
for i in range(20000):
    total += i % 7
print(total)

x = 0.0
i = 0
while i < 10000:
    x += i * 0.5
    i += 1
print(x, i)

def main():
    acc = 0
    items = []
    for i in range(30000):
        acc += i * i % 11
        if i % 5000 == 0:
            items.append(acc)
    print(acc, items)
    j = 0
    s = 0.0
    while j < 20000:
        s += j / 3
        j += 1
    print(s, j)
    k = 10
    while k < 3 * 10 ** 4:
        k = k * 2
    print(k)
    return acc

main()
for name in ["total", "x", "i"]:
    print(name, globals()[name])
