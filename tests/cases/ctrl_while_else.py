i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while finished normally', i)
j = 0
while True:
    j += 1
    if j > 3:
        break
    print('j =', j)
else:
    print('never printed')
print('after', j)
k = 10
while k < 5:
    print('never')
else:
    print('else runs even with zero iterations')
n = 0
while n < 10:
    n += 1
    if n == 7:
        print('breaking at', n)
        break
else:
    print('not reached')
count = 0
while count < 1000000:
    count += 1
    if count * count > 5000:
        break
print(count)
