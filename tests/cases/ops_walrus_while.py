data = [5, 3, 8, 0, 7]
i = 0
while (n := data[i]) != 0:
    print('got', n)
    i += 1
print('stopped at', i, n)
if (m := len(data)) > 3:
    print('long', m)
print(m)
def chunks(xs):
    pos = 0
    while (chunk := xs[pos:pos + 2]):
        yield chunk
        pos += 2
print(list(chunks([1, 2, 3, 4, 5])))
print((y := 10) + y, y)
