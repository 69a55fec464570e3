# range() in compiled loops with arguments the inline path does not take (big
# ints, floats, a zero step) or with range shadowed by a global: native code
# leaves, and the interpreter (then the recompiled code) calls the builtin.

def f(a, b, s):
    t = 0
    for i in range(a, b, s):
        t += i
    return t
for k in range(300):
    f(0, 50, 1)
print(f(0, 50, 2))
print(f(2**60, 2**60 + 5, 1))
try:
    f(0, 5, 0)
except ValueError as e:
    print("ValueError", e)
try:
    f(0, 5.0, 1)
except TypeError as e:
    print("TypeError", e)

def g(n):
    t = 0
    for i in range(n):
        t += i
    return t
for k in range(300):
    g(10)
range = lambda n: [1, 2, 3]
print(g(10))
del range
print(g(10))
