# Exceptions raised and caught inside hot compiled loops, and uncaught ones
# propagating through compiled frames with the right line numbers.
def safe_div(n):
    total = 0
    errors = 0
    for i in range(n):
        try:
            total += 1000 // (i % 7)
        except ZeroDivisionError:
            errors += 1
    return total, errors

for _ in range(3):
    print(safe_div(3000))

def lookup(keys, d):
    hits = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError as e:
            hits -= 1
        finally:
            hits += 0
    return hits

d = {i: i * 2 for i in range(0, 400, 3)}
for _ in range(3):
    print(lookup(list(range(400)), d))

def inner(i):
    if i == 2500:
        raise ValueError(f"bad value {i}")
    return i

def outer(n):
    s = 0
    for i in range(n):
        s += inner(i)
    return s

print(outer(2000))
try:
    outer(3000)
except ValueError as e:
    print("caught", e)

def float_zero(xs):
    out = 0.0
    for x in xs:
        out += 1.0 / x
    return out
print(float_zero([1.0, 2.0, 4.0] * 500))
try:
    float_zero([1.0] * 1000 + [0.0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def int_mod_zero(n):
    t = 0
    for i in range(n, -1, -1):
        t += 10 % i
    return t
try:
    int_mod_zero(2000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def deep_fail(n):
    total = 0
    for i in range(n):
        total += i
    return total + undefined_name

outer(100)
deep_fail(5000)
