def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def squares(xs):
    out = []
    for x in xs:
        out.append(x * x)
    return out
