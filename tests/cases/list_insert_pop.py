l = [1, 2, 3]
l.insert(0, 'a'); print(l)
l.insert(2, 'b'); print(l)
l.insert(100, 'end'); print(l)
l.insert(-1, 'neg'); print(l)
l.insert(-100, 'start'); print(l)
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.pop(2), l)
while l:
    print('popped', l.pop())
try:
    l.pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print('IndexError:', e)
