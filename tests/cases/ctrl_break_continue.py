out = []
for i in range(20):
    if i % 2 == 0:
        continue
    if i > 13:
        break
    out.append(i)
print(out)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    print('end outer', i)
i = 0
total = 0
while i < 100:
    i += 1
    if i % 3:
        continue
    total += i
    if total > 200:
        break
print(i, total)
for ch in 'hello world':
    if ch == ' ':
        break
    print(ch, end='')
print()
