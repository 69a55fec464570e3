# random.seed with ints (all bits, sign ignored), str/bytes (version 2:
# SHA-512 appended), floats (hash), and the generator's raw outputs.
import random

for s in [0, 1, 2, 42, -42, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64, 2**100 + 7, -(2**200), 10**50, True]:
    random.seed(s)
    print(repr(s), random.random(), random.random())

for s in ["", "a", "hello", "héllo wörld", "x" * 200, b"", b"abc", b"\xff" * 150, bytearray(b"qq")]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.getrandbits(48))

for s in [0.5, 3.25, -1.5, 1e100]:
    random.seed(s)
    print(s, random.random())

random.seed(5, version=1)
print("v1 int", random.random())
random.seed("abc", version=1)
print("v1 str", random.random())
random.seed(b"abc", version=1)
print("v1 bytes", random.random())

random.seed(12345)
print([random.getrandbits(k) for k in (0, 1, 2, 8, 16, 31, 32)])
print([random.getrandbits(k) for k in (33, 48, 63, 64, 65, 96, 128)])
print(random.getrandbits(1000) % 1000000007, random.getrandbits(4099).bit_length() <= 4099)
print(random.randbytes(0), random.randbytes(1), random.randbytes(7), random.randbytes(9))

# Reseeding restarts the sequence.
random.seed(99)
a = [random.random() for _ in range(5)]
random.seed(99)
print(a == [random.random() for _ in range(5)])

# A long run crosses many regenerations of the 624-word state.
random.seed(2024)
total = 0
for _ in range(5000):
    total = (total * 31 + random.getrandbits(32)) % 1000000007
print(total)

for bad in [[1], {1: 2}, (1, 2)]:
    try:
        random.seed(bad)
    except Exception as e:
        print(type(e).__name__, e)
for k in [-1, 1.5, "3"]:
    try:
        random.getrandbits(k)
    except Exception as e:
        print(type(e).__name__, e)
