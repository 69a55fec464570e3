print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %e %E" % (255, 255, 8, 255, 255, 8, 12345.678, 0.000123))
print("%f %.2f %10.3f %-10.1f| %+.1f %g %G %.3g" % (3.14159, 2.71828, 1.5, 2.25, 1.0, 1e-5, 1e20, 1234.5678))
print("%s %s %s" % (None, True, [1, 'a']))
print("%r %r" % ((1, 2), {'k': 'v'}))
print("%c%c%c" % (72, 'i', 33))
print("%%|%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30})
print("%(a)s %(a)r %(b)05.1f" % {"a": "x", "b": 2.345})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("single %s" % "value", "tuple %s" % ((1, 2),), "%s" % [1, 2])
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%x" % -255, "%o" % -8)
print("%s" % 2**100, "%d" % 2**100, "%x" % 2**100, "%e" % 2**100)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10.4e|%-12.2E|%g|%g|%g" % (123456.789, -0.00123, 100000, 1000000, 0.0001))
print("%s and %s" % ("a", "b"), "%.3s" % "abcdef", "%5.2f%%" % 99.5)
print("%a" % "é", "%r" % "é")
for v in [0, 1, -1, 255, 2**31, -2**31]:
    print("%10d %10x %10o %#12x" % (v, v, v, v))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%(a)s" % {"b": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%c" % "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%x" % 1.5)
except TypeError as e:
    print("TypeError:", e)
table = [("Alice", 93.5, 1), ("Bob", 78.25, 12), ("Christina", 88.0, 123)]
for name, score, rank in table:
    print("%-10s|%6.2f|%4d|" % (name, score, rank))
print("%s" % {"a": 1})
print("%s %s" % ("x", {"a": 1}))
print("%5s|%-6r|" % (1.5, 'q'))
