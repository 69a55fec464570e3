# A list's length and items pointer, read once per straight-line stretch of
# native code, must be read again after anything that can resize the list:
# method calls and calls of Python functions.


def appends(xs, n):
    t = 0
    for i in range(n):
        t += xs[0] + xs[1]
        xs.append(i)
        t += xs[len(xs) - 1] + xs[-1]
        xs.pop()
        xs.pop(0)
        xs.insert(0, i)
        t += xs[0]
    return t, len(xs)


def helper(xs):
    xs.extend([7] * 100)


def calls(xs, n):
    t = 0
    for i in range(n):
        t += xs[i % 3]
        helper(xs)
        t += xs[len(xs) - 1]
        del xs[3:]
    return t, len(xs)


for _ in range(2):
    print(appends([5, 6, 7], 3000))
    print(calls([1, 2, 3], 2000))
