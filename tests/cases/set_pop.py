s = {5, 1, 9, 3, 7}
out = []
while s:
    out.append(s.pop())
print(out)
s = {100, 1, 64, 33, 2}
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
