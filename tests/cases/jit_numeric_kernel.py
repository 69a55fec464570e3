def mandel(w, h, iters):
    rows = []
    count = 0
    for py in range(h):
        row = ''
        for px in range(w):
            x0 = px / w * 3.5 - 2.5
            y0 = py / h * 2.0 - 1.0
            x = y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < iters:
                x, y = x * x - y * y + x0, 2 * x * y + y0
                i += 1
            count += i
            row += '#' if i == iters else '.'
        rows.append(row)
    return rows, count
rows, count = mandel(40, 12, 50)
for r in rows:
    print(r)
print(count)
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    return [i for i, f in enumerate(flags) if f]
primes = sieve(20000)
print(len(primes), primes[-5:], sum(primes))
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
a = [[i + j for j in range(12)] for i in range(12)]
c = matmul(a, a)
print(c[0][:4], c[11][11], sum(map(sum, c)))
