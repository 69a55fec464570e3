# bytearray mutation: methods, item and slice assignment/deletion, +=.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'hello')
alias = ba
ba.append(33)
ba.extend(b' ab')
ba.extend([99, 100])
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 46)
print(ba, len(ba), alias is ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, c == bytearray())
ba = bytearray(b'0123456789')
ba[0] = 65
ba[-1] = 66
print(ba)
ba[1:3] = b'xyz'
print(ba)
ba[::2] = b'_____' + b'_' * (len(ba[::2]) - 5)
print(ba)
ba[2:4] = []
print(ba)
del ba[0]
del ba[-2:]
del ba[::3]
print(ba)
ba += b'++'
print(ba, alias is not ba)
a2 = ba
ba += bytearray(b'!')
ba *= 2
print(ba, a2 is ba)
print(bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'), bytearray(b'ab') + b'cd', bytearray(b'ab') * 2, bytearray(b'x') == b'x')
print(list(bytearray(b'AB')), bytearray(b'abc')[1], bytearray(b'abc')[1:], b'q' in bytearray(b'xqz'))
t(lambda: bytearray().pop())
t(lambda: bytearray(b'a').pop(5))
t(lambda: bytearray(b'a').remove(98))
t(lambda: bytearray(b'a').append(256))
t(lambda: bytearray(b'a').append('x'))
t(lambda: bytearray(b'a').extend(5))
t(lambda: bytearray(b'a').extend('str'))
t(lambda: hash(bytearray(b'a')))
def setitem(v):
    x = bytearray(b'abc')
    x[0] = v
    return x
t(lambda: setitem(300))
t(lambda: setitem(-1))
def setslice(v):
    x = bytearray(b'abcdef')
    x[::2] = v
    return x
t(lambda: setslice(b'12'))
t(lambda: setslice(5))
def idx(i):
    x = bytearray(b'abc')
    x[i] = 1
t(lambda: idx(10))
def delidx(i):
    x = bytearray(b'abc')
    del x[i]
t(lambda: delidx(10))
def bdel():
    x = b'abc'
    del x[0]
t(bdel)
def bset():
    x = b'abc'
    x[0] = 1
t(bset)
