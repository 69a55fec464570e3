# File errors: CPython's exception types and messages.
import os
import io
P = '/tmp/pylift_files_errors_' + str(os.getpid()) + '.txt'
open(P, 'w').close()

def t(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: open('no_such_file.txt'))
t(lambda: open('no_such_dir/x.txt', 'w'))
t(lambda: open('.'))
t(lambda: open('.', 'w'))
try:
    open(P, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == P)
for mode in ['q', 'rw', 'rr', '', 'b', 'rtb', 'rU', '+']:
    t(lambda: open(P, mode))
t(lambda: open(P, 'rb', encoding='utf-8'))
t(lambda: open(P, 'rb', errors='strict'))
t(lambda: open(P, 'rb', newline=''))
t(lambda: open(P, newline='zz'))
t(lambda: open(P, newline=5))
t(lambda: open(P, encoding='bogus'))
t(lambda: open(P, encoding=5))
t(lambda: open(P, 5))
t(lambda: open(3.5))
t(lambda: open(P, 'r', 0))
t(lambda: open(P).write('x'))
t(lambda: open(P, 'w').read())
t(lambda: open(P, 'w').readline())
t(lambda: open(P, 'rb').write(b'x'))
t(lambda: open(P, 'wb').read())
t(lambda: open(P, 'wb').write('str'))
t(lambda: open(P, 'w').write(b'bytes'))
t(lambda: open(P, 'w').writelines([1]))
t(lambda: open(P).seek(1, 1))
t(lambda: open(P).seek(1, 2))
t(lambda: open(P).seek(-1))
t(lambda: open(P).seek(0, 7))
t(lambda: open(P).read('x'))
t(lambda: open(P).truncate())
t(lambda: open(P, 'w', encoding='ascii').write('é'))
t(lambda: open(P, 'w', encoding='latin-1').write('€'))
f = open(P)
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'flush', '__enter__', '__iter__', 'readable', 'seekable', 'fileno']:
    t(getattr(f, name))
t(lambda: f.seek(0))
t(lambda: next(f))
t(lambda: f.write('x'))
t(lambda: f.close())
f = open(P, 'rb')
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'flush', 'readable', 'fileno', 'isatty']:
    t(getattr(f, name))
t(lambda: f.seek(0))
try:
    open('no_such_file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, repr(e))
try:
    open(P).write('x')
except io.UnsupportedOperation as e:
    print('caught', type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError), e)
print(io.UnsupportedOperation.__mro__)
print(io.UnsupportedOperation.__module__, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
for args in [(2, 'x'), (2, 'x', 'fn'), ('plain',), (1, 'perm'), (13, 'acc'), (17, 'ex'), (21, 'dir'), (20, 'nd'), (999, 'other'), ()]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
e = FileNotFoundError('only message')
print(e.errno, e, e.args)
e = FileNotFoundError(2, 'No such file', 'a.txt', None, 'b.txt')
print(e)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(BrokenPipeError.__mro__[:3], ConnectionRefusedError.__bases__)
