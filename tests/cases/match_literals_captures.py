# match: literal, singleton, capture, wildcard, or-patterns, guards, as-patterns.
def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case int(n) if n > 100:
            return f"big {n}"
        case int() as n:
            return f"int {n}"
        case str(s) if len(s) > 3:
            return "long str " + s
        case _:
            return "other " + repr(x)

for v in [0, 1, 3, -1, 2.5, "hello", "hi", b"raw", None, True, False, 1000, 42, "abcdef", "ab", 1.0, 0.0, [], 3.5]:
    print(repr(v), "->", classify(v))

# True matches `1` by ==, but the singleton pattern True uses identity.
match 1:
    case True:
        print("identity? no")
    case _:
        print("1 is not True")
match True:
    case 1:
        print("True == 1 matches a literal 1")

# Captures are bound only by the case that matched; guards see them.
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        print("no")
    case [a, b] if a > b:
        print("no")
    case [a, b]:
        print("matched", a, b)
print(x, a, b)

# A failing guard leaves its captures bound, as in CPython.
match 5:
    case n if n > 10:
        pass
    case _:
        print("guard failed, n =", n)

# As-patterns and nested or-patterns.
for v in [(1, "a"), (2, "b"), (3, "z"), (4, 5)]:
    match v:
        case (1 | 2) as k, ("a" | "b") as s:
            print("pair", k, s)
        case (k, str() as s):
            print("str second", k, s)
        case other:
            print("other", other)

# Dotted names are value patterns.
class Color:
    RED = "r"
    GREEN = "g"
for c in ["r", "g", "b"]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case unknown:
            print("unknown", unknown)

# The subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return 7
match subject():
    case 1: pass
    case 2: pass
    case 7: print("seven after", len(calls), "call")

# A match in a hot loop (exercises the JIT).
counts = {}
for i in range(3000):
    match i % 5:
        case 0 | 1:
            key = "low"
        case 2:
            key = "two"
        case n if n > 3:
            key = "high"
        case _:
            key = "three"
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
