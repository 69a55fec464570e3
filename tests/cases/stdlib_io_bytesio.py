# io.BytesIO: reading, writing, seeking past the end, truncate, readinto,
# iteration and errors.
import io


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"ab\ncd\r\nef")
print(b.read(1), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b), b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell(), b.getvalue())
b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" there")), b.getvalue(), b.tell())
print(b.seek(20), b.write(b"x"), b.getvalue(), b.seek(-1, 1), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.truncate(), b.getvalue(), b.truncate(100), b.getvalue())
b = io.BytesIO(bytearray(b"xyz"))
ba = bytearray(5)
print(b.readinto(ba), ba, b.read1(), b.read1(-1), b.readable(), b.writable(), b.seekable(), b.isatty())
print(io.BytesIO(b"abc").read(None), io.BytesIO(b"a\nb").readline(1), io.BytesIO(initial_bytes=b"q").read())
print(io.BytesIO(b"a\nb\nc\n").readlines(2), io.BytesIO().read(), io.BytesIO(b"a").write(b""))
b.writelines([b"1", b"2"])
print(b.getvalue())
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
for f in (lambda: c.read(), lambda: c.getvalue(), lambda: c.write(b"x"), lambda: c.tell(), lambda: iter(c) is c,
          lambda: c.seek(0), lambda: c.readable()):
    attempt(f)
b = io.BytesIO(b"abc")
for f in (lambda: b.write("s"), lambda: io.BytesIO("x"), lambda: b.seek(-1), lambda: b.seek(0, 5),
          lambda: b.seek(1.5), lambda: b.truncate(-2), lambda: b.read("x"), lambda: b.readinto(b"zz"),
          lambda: b.fileno(), lambda: b.detach(), lambda: io.BytesIO(b"x", 3), lambda: b.write(3)):
    attempt(f)
print(type(b).__name__, isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
for f in (lambda: io.BytesIO(x=1), lambda: io.StringIO(x=1), lambda: io.StringIO("a", initial_value="b"),
          lambda: io.StringIO("a", "\n", 3), lambda: io.StringIO(newline="", initial_value="kw").getvalue()):
    attempt(f)
