x = 3.14159265
n = 1234567
neg = -42
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.3f}|{-x:+.3f}|{x: .2f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012,}|{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}")
print(f"{n:_x}|{n:_b}|{255:#010x}|{255:#010b}|{-255:#x}|{-255:08d}")
print(f"{neg:5d}|{neg:<5d}|{neg:^7d}|{neg:=7d}|{neg:+d}|{42:+d}|{42: d}|{42:=+6d}")
print(f"{s:5}|{s:>5}|{s:^6}|{s:*^7}|{s:-<4}|{s!r:>6}|{s:.1}|{'abcdef':.3}|{'abcdef':>8.3}")
print(f"{1e10:e}|{1e10:.2e}|{1.5e-7:E}|{123.456:g}|{1234567.0:g}|{0.0001234:g}|{1e-5:g}|{1e16:g}")
print(f"{0.5:%}|{0.12345:.1%}|{1:.0%}|{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}")
print(f"{1/3:.15g}|{2/3:.17g}|{1/3!r}|{1/3!s}|{1e100:.3g}|{123456789.0:.3g}")
print(f"{True}|{True:d}|{False:>6}|{None!r}|{None}")
print(f"{12:c}|{65:c}|{'x':c}" if False else f"{65:c}|{9731:c}")
print(f"{3:3}|{3.0:3}|{'3':3}|{[1, 2]}|{(1,)}|{ {'a': 1} }")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{x:>{w}}|{'c':{'*'}^{w}}")
print(f"{n:,.2f}|{1234.5:_.3f}|{-0.0:.1f}|{float('inf'):8.2f}|{float('nan'):>5}|{-float('inf')}")
print(f"{x=}|{x=:.2f}|{n = }|{s=!s}")
print(f"{{}}|{{{n}}}|{'{'}")
print(f"{'nested ' + f'{n:,}'}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.999, 1)]
for name, price, qty in items:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
print(f"{12345.6789:10.2e}|{-12345.6789:<15.4E}|{0.0:e}|{0:e}|{5:f}|{5:.3g}|{5:g}")
print(f"{1.0:g}|{10.0:g}|{1e6:g}|{1e-4:g}|{123.0:.10g}|{0.1+0.2}|{0.1+0.2:.20f}")
print(f"{2**70:,}|{-2**70:x}|{2**64:e}|{10**20:.3g}|{7**30:>50}")
print(f"{3.0:.0e}|{2.5:.0e}|{15.5:.2g}|{float(10**20):f}")
print(f"{1.23456:#.3g}|{100:#.3g}|{1.0:#g}|{12.0:#.0f}")
print(format(255, "x"), format(3.5), format("s", ">3"), format(1234, ","), format(0.1, ".3"), format(12, ""))
print("{:>8}|{:<8}|{:^8}".format("a", "b", "c"))
print("{0}{1}{0}".format("ab", "-"), "{name}:{age}".format(name="Al", age=3), "{0[1]}{1[k]}".format([7, 8], {"k": 9}))
print("{:.3}".format(3.14159), "{:08.3f}".format(-3.14159), "{!r}".format("q"), "{:,d}".format(10**9))
class P:
    x = 5
    def __format__(self, spec):
        return f"P<{spec}>"
print("{0.x}".format(P), f"{P():abc}", format(P(), "zz"), "{:q}".format(P()))
try:
    f"{'abc':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{12:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ".2d")
except ValueError as e:
    print("ValueError:", e)
