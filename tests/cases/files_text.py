# Text files: modes, reading forms, universal newlines, iteration, with.
import os
P = '/tmp/pylift_files_text_' + str(os.getpid()) + '.txt'

with open(P, 'w') as f:
    print(f.write('héllo\nwörld\r\nx\ry'), f.name == P, f.mode, f.encoding, f.closed)
    print(f.writelines(['a\n', 'b']), f.tell())
print(f.closed)

f = open(P)
print(repr(f.read(3)), f.tell(), repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.close()

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, newline=nl) as f:
        print(repr(nl), [line for line in f])

with open(P) as f:
    print(repr(f.read()))
with open(P, newline='') as f:
    print(repr(f.read()))
with open(P) as f:
    print(f.readlines(6))
    print(f.readlines(0))

# write modes
with open(P, 'w', newline='\r\n') as f:
    f.write('1\n2\n')
with open(P, 'rb') as f:
    print(f.read())
with open(P, 'a') as f:
    print(f.tell())
    f.write('3\n')
with open(P, 'a+') as f:
    print(repr(f.read()), f.seek(0), repr(f.read()))
with open(P, 'r+') as f:
    print(repr(f.read(1)), f.write('Z'))
    print(f.seek(0), repr(f.read()))
with open(P, 'w+') as f:
    f.write('new text\nline 2\n')
    print(f.seek(0), repr(f.readline()), f.tell(), repr(f.read()))
    print(f.seek(0, 2), f.tell())
    print(f.truncate(3), f.seek(0), repr(f.read()))

# encodings
with open(P, 'w', encoding='latin-1') as f:
    print(f.write('café ü'), f.encoding)
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='latin-1') as f:
    print(repr(f.read()))
with open(P, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(P, encoding='ascii', errors='ignore') as f:
    print(repr(f.read()))

# iteration and the iterator protocol
with open(P, 'w') as f:
    for i in range(5):
        print(i, i * i, file=f)
with open(P) as f:
    print(iter(f) is f, next(f), end='')
    print(sum(int(line.split()[1]) for line in f))
    print(next(f, 'done'))
print(open(P).read().count('\n'))
print(type(open(P)).__name__, open(P).readable(), open(P).writable(), open(P).seekable())
open(P, 'w').write('temp content')
print(open(P).read())
