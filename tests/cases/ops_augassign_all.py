x = 10
x += 3; print(x)
x -= 5; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 7; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 4; print(x)
s = 'ab'
s += 'cd'; print(s)
s *= 3; print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
l *= 2
print(l, l2 is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {'a': [0]}
d['a'] += [1]
d['a'][0] -= 5
print(d)
class C:
    pass
c = C()
c.v = 1
c.v += 41
print(c.v)
arr = [1, 2, 3]
i = 0
arr[i] += 100
print(arr)
b = 2**62
b += b
print(b)
b -= 2**63
print(b)
n = -7
n //= 2; print(n)
n %= 3; print(n)
