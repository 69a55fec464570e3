# Huge sizes and indices on bytes: Python exceptions or clamping, never a crash.
def t(f):
    try:
        r = f()
        print('ok', repr(r)[:40])
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'ab' * (1 << 40))
t(lambda: bytes(1 << 40))
t(lambda: b'ab'.center(1 << 40))
t(lambda: b'ab'.ljust(1 << 40))
t(lambda: b'ab'.zfill(1 << 40))
def imul():
    x = bytearray(b'ab')
    x *= 1 << 40
t(imul)
t(lambda: b'abc'.find(b'a', 10**30))
t(lambda: b'abc'.find(b'c', -10**30))
t(lambda: b'abc'.count(b'b', -10**30, 10**30))
t(lambda: b'abc'.startswith(b'a', 10**30))
t(lambda: b'abc'[10**30])
t(lambda: b'abc'[-10**30:10**30])
t(lambda: bytearray(b'x').pop(10**30))
t(lambda: bytes(-1))
t(lambda: b'ab'.hex(':', 0))
t(lambda: b'abc'.hex('', 1))
t(lambda: b'abc'.hex('::'))
t(lambda: bytes.fromhex(''))
