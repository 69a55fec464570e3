def first_pair(n, target):
    for i in range(n):
        for j in range(n):
            for k in range(n):
                if i + j + k == target:
                    return (i, j, k)
    return 'none'
print(first_pair(5, 7), first_pair(2, 10))
def early(xs):
    i = 0
    while True:
        for x in xs:
            if x < 0:
                return ('negative', i, x)
            i += 1
        return ('all positive', i)
print(early([1, 2, -3, 4]), early([1, 2]))
def returns_from_while():
    n = 0
    while n < 100:
        n += 7
        if n > 30:
            return n
print(returns_from_while())
def no_return():
    for i in range(3):
        pass
print(no_return())
