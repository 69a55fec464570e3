# str.encode / bytes.decode with utf-8, ascii, latin-1 and the error handlers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'héllo wörld €😀'
for enc in ['utf-8', 'UTF8', 'utf_8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        t(lambda: s.encode(enc, errors))
t(lambda: s.encode())
t(lambda: s.encode(encoding='ascii', errors='replace'))
t(lambda: 'abc'.encode('ascii', 'bogus'))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: 'x'.encode('nope'))
t(lambda: 'x'.encode(5))
t(lambda: 'aéé€b'.encode('ascii'))
t(lambda: 'a😀'.encode('latin-1'))
data = [b'caf\xc3\xa9', b'\xff\xfe', b'a\xe2\x82', b'\xe2\x28\xa1', b'\xc0\xaf', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'ok\x80ok', b'\xf8\x88\x80\x80\x80']
for d in data:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
            t(lambda: d.decode(enc, errors))
t(lambda: b'x'.decode('nope'))
t(lambda: b'\xff'.decode(errors='bogus'))
t(lambda: b'ok'.decode(errors='bogus'))
t(lambda: bytearray(b'caf\xc3\xa9').decode())
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    'ab\u20acd'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError('utf-8', b'\x80abc', 0, 2, 'custom reason')
print(e, repr(e.object), e.start)
e = UnicodeEncodeError('latin-1', 'x\u1234', 1, 2, 'nope')
print(e)
t(lambda: UnicodeDecodeError('x'))
