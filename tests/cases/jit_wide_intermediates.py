# `(a * b + c) % m` and `(a * b) & m` in compiled code are computed on
# 64-bit ints: the product may leave the small-int range on its way back.
# Products beyond 64 bits, negative values and the modulo's sign must be
# exactly Python's.

MOD = 10 ** 9 + 7


def lcg(n):
    state = 12345
    out = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out ^= state
    return state, out


def modmul(n):
    acc = 1
    for i in range(1, n):
        acc = (acc * (i + 1000003)) % MOD
    return acc


def fnv(data):
    h = 2166136261
    for b in data:
        h = (h * 16777619) & 0xFFFFFFFF
        h ^= b
    return h


def negative(n):
    out = []
    for i in range(n):
        a = -(i * 99991) - 7
        out.append((a * 123457 - i) % 1000)
        out.append((a * 3 + 5) & 255)
    return out[-4:]


def beyond_64_bits(n):
    # Products past 2**63 go to big ints (the interpreter's path).
    out = []
    big = 3 ** 39
    for i in range(n):
        x = big if i == n - 1 else i
        out.append((x * x + 1) % 1000000007)
    return out[-2:]


def register_operands(n):
    t = 0
    for i in range(n):
        k = i * 7
        t = (t * 31 + k - 3) % 65521
    return t


def temp_reused(n):
    # The product is kept in a named variable: no fusion, same result.
    t = 0
    for i in range(n):
        p = i * 1234567891
        t = (p + 1) % 97 + p % 5
    return t


print(lcg(5000))
print(modmul(5000))
print(fnv(bytes(range(256)) * 20))
print(negative(500))
print(beyond_64_bits(300))
print(register_operands(5000))
print(temp_reused(5000))


def rebound_mod(n):
    global MOD
    out = []
    for k in range(3):
        out.append(modmul(n))
        MOD = 1000003 if k == 0 else 65537
    MOD = 10 ** 9 + 7
    return out


print(rebound_mod(3000))
