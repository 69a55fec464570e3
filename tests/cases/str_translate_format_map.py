# str.maketrans / str.translate / str.format_map and field numbering errors.
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), sorted(t.items()))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): 48}))
print(str.maketrans({"a": "1", "b": None, 99: "C"}), "".maketrans("x", "y"))
print("hello world".translate(str.maketrans("", "", "lo")), "tab\there".translate({9: "->"}))

class Upper:
    def __getitem__(self, k):
        if 97 <= k <= 122:
            return k - 32
        raise LookupError(k)

print("mixed Case 123".translate(Upper()), "abc".translate([ord("Z")] * 98))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("a"),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans({1.5: 2})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("{name} is {age}".format_map({"name": "Bob", "age": 3}))

class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"

print("{a} {b} {c.real}".format_map(Default(a=1, c=5)))
print("{x[0]}-{x[1]:>3}".format_map({"x": [1, 2]}))
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
for fmt in ["{0} {}", "{} {0}", "{0} {1} {0}", "{} {}"]:
    try:
        print(fmt.format("a", "b"))
    except ValueError as e:
        print("ValueError", e)
print(hash(""), hash("") == hash(str()))
