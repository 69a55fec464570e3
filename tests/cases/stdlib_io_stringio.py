# io.StringIO: reading, writing, positions, newline modes, errors, use as
# print's file and as sys.stdout.
import io
import sys


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = io.StringIO("line one\nline two\nlast")
print(s.read(4), repr(s.readline()), s.tell(), s.readlines(), repr(s.read()), s.tell())
s.seek(0)
print(list(s), s.seek(5), s.read(3), s.seek(0, 2))
s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.tell(), repr(s.getvalue()))
s.seek(0)
s.write("J")
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(15)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
s = io.StringIO()
s.writelines(["a\n", "b\n", "c"])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush())
print(s.encoding, s.errors, s.line_buffering, s.newlines, s.closed)
print(io.StringIO("abc").read(None), io.StringIO("abc").read(-3), io.StringIO("abc\ndef").readline(2))
print(io.StringIO("ab\ncd\nef").readlines(4), io.StringIO("ab\ncd").readlines(0), io.StringIO(None).getvalue() == "")

for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines, t.tell())
t = io.StringIO(newline=None)
t.write("x\r")
t.write("\ny")
print(repr(t.getvalue()), t.newlines, t.write("a\r\n"))
print(io.StringIO("a\r\r\n", newline="").readlines(), io.StringIO("abcdef", newline="\r\n").readline(3))

buf = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=buf)
print(1, 2.5, None, file=buf)
old = sys.stdout
sys.stdout = buf
print("captured line")
sys.stdout = old
print(repr(buf.getvalue()))

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for f in (lambda: c.read(), lambda: c.getvalue(), lambda: c.write("x"), lambda: c.tell(), lambda: iter(c),
          lambda: c.readable(), lambda: c.seek(0), lambda: c.newlines):
    attempt(f)
s = io.StringIO("abc")
for f in (lambda: io.StringIO(3), lambda: io.StringIO("", newline="x"), lambda: io.StringIO("", newline=5),
          lambda: s.write(3), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2),
          lambda: s.seek(0, 3), lambda: s.seek(1.5), lambda: s.truncate(-1), lambda: s.fileno(),
          lambda: s.read("a"), lambda: s.readline(1.0), lambda: s.detach()):
    attempt(f)
print(type(s), type(s).__name__, isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(issubclass(io.StringIO, io.TextIOBase), isinstance(sys.stdout, io.TextIOBase), io.SEEK_END)
big = io.StringIO()
for i in range(2000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-8:])
