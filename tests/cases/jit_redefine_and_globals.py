# A function redefined after it was compiled, and globals rebound under
# compiled readers (the folded constants must not go stale).
def f(x):
    return x + 1

def use_f(n):
    s = 0
    for i in range(n):
        s += f(i)
    return s

for _ in range(3):
    print(use_f(1000))

def f(x):
    return x * 2

print(use_f(1000))

SCALE = 3
def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s

for _ in range(3):
    print(scaled(1000))
SCALE = 5
print(scaled(1000))
SCALE = 2.5
print(scaled(1000))
SCALE = "ab"
try:
    print(scaled(3))
except TypeError as e:
    print("TypeError:", e)
SCALE = 1

def rebinding_loop(n):
    global SCALE
    s = 0
    for i in range(n):
        if i == n // 2:
            SCALE = 10
        s += SCALE
    return s
print(rebinding_loop(2000))
print(SCALE)

def uses_len(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t
words = ["a", "bb", "ccc"] * 300
for _ in range(3):
    print(uses_len(words))
len = lambda x: 100
print(uses_len(words))
del len
print(uses_len(words))
