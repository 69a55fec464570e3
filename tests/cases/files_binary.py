# Binary files: read/readline/seek/tell, classes and reprs.
import os
P = '/tmp/pylift_files_binary_' + str(os.getpid()) + '.bin'

with open(P, 'wb') as f:
    print(f.write(b'line1\nline2\r\n'), f.write(bytearray(b'\x00\xff')), f.mode, type(f).__name__)
with open(P, 'rb') as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell(), f.readline(), f.readline(3), f.read())
    print(f.read(), f.read(5), f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.seek(2, 0), f.seek(1, 1), f.read(2))
with open(P, 'rb') as f:
    print(f.readlines())
with open(P, 'rb') as f:
    print(list(f))
with open(P, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(2), f.write(b'XY'), f.seek(0), f.read(6))
with open(P, 'ab') as f:
    print(type(f).__name__, f.mode, f.tell() > 0, f.write(b'tail'))
with open(P, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read())
with open(P, 'xb' if False else 'wb') as f:
    f.write(bytes(range(256)))
with open(P, 'rb') as f:
    data = f.read()
print(len(data), data[:4], data[-3:], sum(data))
print(repr(open('files_binary.py', 'rb')))
print(repr(open('files_binary.py', 'r+b')) if False else '')
print(repr(open('files_binary.py')))
print(repr(open('files_binary.py', encoding='latin1')))
print(repr(open('files_binary.py', 'rb', buffering=0)))
f = open('files_binary.py', 'rb', buffering=0); f.close(); print(repr(f))
f = open('files_binary.py', 'rb'); f.close(); print(repr(f), f.closed)
with open(P, 'rb') as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
with open('files_binary.py', 'rt') as f:
    print(f.mode, f.readline(), end='')
