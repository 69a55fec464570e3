s = 'abc'
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
try:
    s.foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    s[1.5]
except TypeError as e:
    print('TypeError:', e)
try:
    s[3]
except IndexError as e:
    print('IndexError:', e)
t = s
s += 'd'
print(s, t)
print(str(123), str(1.5), str([1, 'a']), str(None), str(True), str('x'), str())
