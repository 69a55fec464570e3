#!/usr/bin/env python3
"""Differential fuzzer for the JIT tier: generates random small programs
(hot loops over ints, floats and bools, list indexing, small helper
functions that get inlined or called directly, values crossing the small-int
range) and checks that pylift prints exactly what CPython prints, under
every JIT mode.

Usage: tests/fuzz_jit.py [COUNT] [SEED]   (needs python3 and a built pylift;
PYLIFT_BIN overrides target/release/pylift). Failing programs are written to
/tmp/pylift-fuzz-<seed>-<n>.py. Not part of `cargo test` (it needs CPython).
"""

import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYLIFT = os.environ.get("PYLIFT_BIN", os.path.join(ROOT, "target/release/pylift"))
MODES = [["--jit=off"], ["--jit=auto"], ["--jit=eager"], ["--jit-threshold=2"]]
BIG = 2 ** 47


class Gen:
    def __init__(self, rng):
        self.r = rng

    def const(self, kind):
        r = self.r
        if kind == "int":
            return repr(r.choice([0, 1, 2, 3, 7, -1, -5, 64, 1000, BIG - 1, -BIG, BIG, 2 ** 40, 3 ** 20]))
        if kind == "float":
            return repr(r.choice([0.5, 1.0, -2.25, 3.0, 1e10, -0.0, 7.5]))
        return r.choice(["True", "False"])

    def expr(self, vars_, depth=0):
        r = self.r
        if depth > 2 or r.random() < 0.3:
            return r.choice(vars_) if vars_ and r.random() < 0.7 else self.const(r.choice(["int", "int", "float", "bool"]))
        a, b = self.expr(vars_, depth + 1), self.expr(vars_, depth + 1)
        op = r.choice(["+", "-", "*", "//", "%", "&", "|", "^", ">>", "<<", "/", "<", "<=", "==", "!=", ">", "and", "or", "not", "neg", "call", "idx"])
        if op == "not":
            return f"(not {a})"
        if op == "neg":
            return f"(-{a})"
        if op == "call":
            return f"{r.choice(['f1', 'f2', 'f3', 'f4', 'f4'])}({a}, {b})"
        if op == "idx":
            return f"xs[({a}) % len(xs) if isinstance({a}, int) else 0]"
        if op in (">>", "<<"):
            return f"({a} {op} (abs(int({b})) % 50))" if r.random() < 0.5 else f"(int({a}) {op} {r.randint(0, 60)})"
        return f"({a} {op} {b})"

    def program(self):
        r = self.r
        lines = [
            "def f1(a, b):\n    return a * 2 + b\n",
            "def f2(a, b):\n    if a < b:\n        return b - a\n    return a % 7 if isinstance(a, int) else a\n",
            "def f3(a, b):\n    c = a\n    for _ in range(2):\n        c = c + b\n    return c\n",
            # Recursive and pure for number arguments (frameless calls): big
            # ints, floats, bools and the recursion budget all come through.
            "def f4(a, b):\n    if a <= 0 or a > 40:\n        return b\n    return f4(a - 1, b * 3 + 1) - a\n",
            # Keywords and defaults (direct calls bind them).
            "def f5(a, b=3, c=0.5):\n    return a * b - c\n",
            # Instances: construction, attributes, operators, methods.
            "class P:\n    def __init__(self, a, b=1):\n        self.a = a\n        self.b = b\n"
            "    def __add__(self, o):\n        return P(self.a + (o.a if isinstance(o, P) else o), self.b)\n"
            "    def __mul__(self, k):\n        return P(self.a * k, self.b)\n"
            "    def val(self, scale=1):\n        return self.a * scale + self.b\n",
            "class Q(P):\n    def val(self, scale=2):\n        return self.a - scale\n",
            # Long enough (inlined, up to 64 instructions) for its own
            # instruction numbers to reach the caller's loops' (an inlined
            # body's edge was once taken for an edge into the caller's
            # rewound loop test).
            "def f6(a, b):\n    c = a + b\n    d = c * 3 - a\n    e = d - b * 2\n    f = e + c\n    g = f * 2 - d\n"
            "    h = g - e + 1\n    k = h + f - c\n    m = k * 2 - g\n    n = m - h + b\n    p = n + k - a\n"
            "    q = p * 2 - m\n    s = q - n + 3\n    t = s + p - c\n    return (t + q - a) % 1000003\n",
            # Nested range loops (the inner one entered by OSR at its test,
            # at a low instruction number) before an inlined call.
            "def h6(n, c):\n    t = 0\n    for a in range(n):\n        for b in range(3):\n            t += b * c\n    return f6(t, n)\n",
            # A generator with an inner loop (compiled there).
            "def g(n):\n    for k in range(n):\n        t = 0\n        for j in range(k + 2):\n            t += j * k\n        yield t\n",
        ]
        body = ["    acc = 0", "    x = 1", "    y = 2.5", "    z = True", "    xs = [1, 2.5, True, 7, -3, 0.25]", "    out = []", "    fl = [True, False] * 40", "    fx = [0.5, 1.5, -2.25, 4.0]", "    ix = [3, 1, 4, 1, 5]"]
        vars_ = ["acc", "x", "y", "z", "i"]
        for _ in range(r.randint(2, 6)):
            v = r.choice(["acc", "x", "y", "z"])
            e = self.expr(vars_)
            stmt = r.choice(["assign", "aug", "if", "ifelse", "store", "while", "slice", "obj", "iters", "gen", "kw", "builtin", "bounded", "spans", "flags", "floats", "ints", "ranged", "inlined"])
            if stmt == "assign":
                body.append(f"        {v} = {e}")
            elif stmt == "aug":
                body.append(f"        {v} += {e}")
            elif stmt == "store":
                body.append(f"        xs[i % len(xs)] = {e}")
            elif stmt == "while":
                # A counted while loop (its increment needs no overflow check).
                body.append(f"        j = 0\n        while j < i % {r.choice([1, 3, 64])}:\n            {v} = {e}\n            j += 1")
            elif stmt == "slice":
                body.append(f"        {v} = len(xs[i % 4 : {r.choice(['i % 7', 'None', '-1'])}])")
            elif stmt == "obj":
                cls = r.choice(["P", "Q"])
                op = r.choice(["+", "*"])
                body.append(f"        o = {cls}({e}, b={r.randint(-3, 3)})\n        o = o {op} {r.choice(['o', '2', '0.5', 'x'])}\n        {v} = o.val() + o.val(scale={r.randint(0, 3)})")
            elif stmt == "iters":
                it = r.choice(["enumerate(xs)", "zip(xs, xs[1:])", "enumerate(xs, 5)", "{0: 1, 2: 3.5}.items()", "[(1, 2), (3, 4)]"])
                body.append(f"        for p, q in {it}:\n            {v} = p + q")
            elif stmt == "gen":
                body.append(f"        {v} = sum(g(i % 6)) + len([w for w in xs if w])")
            elif stmt == "kw":
                body.append(f"        {v} = f5({e}) + f5(a={e}, c=2) + f5({e}, 2)")
            elif stmt == "bounded":
                # A comparison with a literal bounds the register after it
                # (the arithmetic there may skip its overflow check).
                k = r.choice([BIG - 1, BIG - 2, 0, 5, -BIG + 1, -BIG])
                cmp = r.choice(["<", "<=", ">", ">="])
                c = r.choice([1, 2, -1, -7])
                w = r.choice(["acc", "x"])
                body.append(f"        {w} = ({e}) if isinstance({e}, int) else {w}\n        if {w} {cmp} {k}:\n            {v} = {w} + {c}\n        else:\n            {v} = {w} - {c}\n        {w} = {w} + {r.choice([BIG // 3, -BIG // 3, 1])}")
            elif stmt == "spans":
                # Range loops near the +-2**22 span the JIT assumes for index
                # arithmetic, and beyond it.
                st = r.choice(["0", "i", "2 ** 31 - 2", "-(2 ** 31) - 1", "2 ** 22 - 2", "-(2 ** 22) - 1", "2 ** 46", str(BIG - 5), "(x % 2 ** 48 if isinstance(x, int) else 3)"])
                w = r.choice(["acc", "x"])
                body.append(f"        for k in range({st}, ({st}) + i % 4):\n            {w} = ({w} + k * {r.choice([3, 31, -7])} + (k + i) * (k - 1)) % 1000003 if isinstance({w}, int) else {w}")
            elif stmt == "flags":
                # A list of bools (kept compact) indexed, stored into (bools,
                # and sometimes not), iterated and measured.
                k = r.choice(["i % len(fl)", "-(i % 7) - 1", "i % 100", "0"])
                val = r.choice(["True", "False", "z", f"bool({e})", "i % 3 == 0", "1"])
                body.append(f"        fl[{k}] = {val}\n        {v} = (fl[i % len(fl)] + len(fl)) if fl[-1] or i % 5 else sum(1 for q in fl if q)")
            elif stmt == "floats":
                # A list of floats (native code checks its all-floats flag once
                # per run), read twice around a store that may not be a float.
                val = r.choice(["y", "x", f"({e})", "1.25", "i % 3", "z"])
                body.append(f"        w = fx[i % 4] + fx[-1]\n        fx[{r.choice(['i % 4', '0', '-1'])}] = {val}\n        {v} = w + fx[0] if isinstance(fx[0], float) else fx[i % 4]")
            elif stmt == "ints":
                # A list of ints (native code checks its all-ints bit once per
                # run): a swap, and a store that may not be an int.
                val = r.choice(["x", "i", f"({e})", "7", "y", "z", "None"])
                body.append(f"        ix[i % 5], ix[0] = ix[0], ix[i % 5]\n        ix[{r.choice(['i % 5', '1', '-1'])}] = {val}\n        {v} = ix[2] + ix[i % 5] if isinstance(ix[2], int) and isinstance(ix[i % 5], int) else ix[3]")
            elif stmt == "ranged":
                # A list indexed by a range loop's variable (native code
                # checks the range against the length where the loop is
                # entered): ranges past the end, from below 0, over a list
                # of bools, and a list that shrinks or grows inside.
                lst = r.choice(["ix", "fx", "fl", "xs"])
                # (Late in the run, after the loop is compiled, too.)
                lo = r.choice(["0", "1", "-2", "i % 3", "-(i // 1200)"])
                hi = r.choice([f"len({lst})", f"len({lst}) - 1", f"len({lst}) + i % 3", "3", f"len({lst}) + i // 1200"])
                w = r.choice(["acc", "x"])
                extra = r.choice(["", "", f"\n            if k == 2 and i % 9 == 0:\n                {lst}.append({lst}[0])", f"\n            if k == 1 and i % 11 == 0 and len({lst}) > 3:\n                {lst}.pop()"])
                body.append(f"        for k in range({lo}, {hi}):\n            {w} += {lst}[k]{extra}")
            elif stmt == "inlined":
                # An inner range loop (entered by OSR at its test), then a
                # call the JIT inlines.
                w = r.choice(["acc", "x"])
                if r.random() < 0.5:
                    body.append(f"        for k in range(i % 4 + 1):\n            {w} = ({w} + k) % 1000003 if isinstance({w}, int) else {w}\n        {v} = f6(i, {r.choice(['k', '3', 'i % 7'])})")
                else:
                    body.append(f"        {v} = h6(i % {r.choice([5, 40, 400])} + 1, {r.choice(['1', '2', 'i % 3'])})")
            elif stmt == "builtin":
                body.append(f"        out.append({e})\n        {v} = len(out) + max(out[-2:], default=0)")
            elif stmt == "ifelse":
                # Short arithmetic arms (if-converted when they qualify).
                w = r.choice(["acc", "x", "y", "z"])
                arith = lambda: f"{r.choice(vars_)} {r.choice(['+', '-', '*', '&', '^'])} {r.choice([r.choice(vars_), str(r.randint(-9, 9)), str(r.choice([BIG, 3 * BIG]))])}"
                body.append(f"        if {e}:\n            {v} = {arith()}\n        else:\n            {w} = {arith()}")
            else:
                body.append(f"        if {e}:\n            {v} = {self.expr(vars_)}")
        n = r.choice([50, 300, 2000])
        body.insert(9, f"    for i in range({n}):")
        body.append("    return acc, x, y, z, xs")
        fn = "def run():\n" + "\n".join(body) + "\n"
        main = "for _ in range(3):\n    try:\n        print(run())\n    except Exception as e:\n        print(type(e).__name__, e)\n"
        return "\n".join(lines) + "\n" + fn + "\n" + main


def run(cmd, path):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=30)
        return p.stdout + ("" if p.returncode in (0, 1) else f"<exit {p.returncode}>\n{p.stderr}")
    except subprocess.TimeoutExpired:
        return "<timeout>"


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    failures = 0
    for n in range(count):
        src = Gen(rng).program()
        path = f"/tmp/pylift-fuzz-{seed}-{n}.py"
        with open(path, "w") as f:
            f.write(src)
        want = run([sys.executable], path)
        bad = [m for m in MODES if run([PYLIFT] + m, path) != want]
        if bad:
            failures += 1
            print(f"MISMATCH {path} in {' '.join(' '.join(m) for m in bad)}")
        else:
            os.unlink(path)
    print(f"{count - failures}/{count} programs agree")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
