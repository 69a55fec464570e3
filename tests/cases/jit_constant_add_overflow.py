# Adding or subtracting a literal checks overflow by comparing the result with
# the operand: every sign combination, crossing the small-int range (2**47).
def up(x, n):
    for _ in range(n):
        x += 3
    return x
def down(x, n):
    for _ in range(n):
        x -= 5
    return x
def upneg(x, n):
    for _ in range(n):
        x += -7
    return x
def downneg(x, n):
    for _ in range(n):
        x -= -2
    return x
def onep(x, n):
    for _ in range(n):
        x = 1 + x
    return x
M = 2**47
for f, start in [(up, M - 3000), (down, -M + 4000), (upneg, -M + 5000), (downneg, M - 1500), (onep, M - 1100)]:
    print(f.__name__, f(start, 2000), f(0, 2000), type(f(start, 2000)).__name__)
