# JSONDecodeError messages/positions and the encoder's errors.
import json

bad = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"',
       '"\\u12zz"', '"a\tb"', '1 2', '01', '-', '[', '{', '{"a":', 'nul', '1.', '.5',
       '[1,\n2,\n x]', '\ufeff[1]', '[1, 2', '{"a":1 "b":2}', '"\\', '"\\u', 'tru', 'true false',
       '[]]', '"\x1f"', '{"a": 1,\n  "b": }', '\n\n  @', '"\\u1234', '[-]', '[1e]', '{"a"}',
       '{"a":1}}', '["a", "b" ; ]']
for s in bad:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads('{"a": 1,\n  "b": }')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), repr(e.doc))

for v in [5, None, [1]]:
    try:
        json.loads(v)
    except TypeError as e:
        print("TypeError", e)


class Thing:
    pass


l = [1]
l.append(l)
d = {}
d["d"] = d
for f in [
    lambda: json.dumps(Thing()),
    lambda: json.dumps({"x": {1, 2}}),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps({Thing(): 3}),
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps([float("inf")], allow_nan=False),
    lambda: json.dumps({1: 1, "a": 2}, sort_keys=True),
    lambda: json.dumps(l),
    lambda: json.dumps(d),
    lambda: json.dumps([Thing()], default=lambda o: o),
    lambda: json.dumps(b"bytes"),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
