import math

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]

ps = sieve(200)
print(ps)
print(len(sieve(10000)), sum(sieve(10000)))

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True

print([n for n in range(50) if is_prime(n)])
print(is_prime(2**31 - 1), is_prime(1000003), is_prime(1000001))

def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out

for n in [1, 2, 12, 360, 97, 1001, 2**20, 600851475143, 9999999967]:
    f = factorize(n)
    print(n, f, ' * '.join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))

def miller_rabin(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

big = [2**61 - 1, 2**89 - 1, 2**67 - 1, 10**18 + 9, 10**30 + 57, 170141183460469231731687303715884105727]
for b in big:
    print(b, miller_rabin(b))
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(-12, 18), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.gcd(2**100, 6**50), math.gcd(), math.gcd(7))

def totient(n):
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result
print([totient(i) for i in range(1, 25)])
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twins)
goldbach = {n: next((p, n - p) for p in ps if (n - p) in ps) for n in range(4, 40, 2)}
print(goldbach)
perfect = [n for n in range(2, 600) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
