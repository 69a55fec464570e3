# json.loads: every JSON form, hooks, bytes input, raw_decode.
import json

docs = [
    '{"a": [1, 2.0, "x\\n\\u00e9\\ud83d\\ude00"], "b": {"c": null, "d": true, "e": false}}',
    '  [ 1 , -2 , 3.25 , -0 , -0.0 , 1e5 , 1E+2 , 2e-3 , 1.5e400 , -1.5e400 ]  ',
    '123456789012345678901234567890', '-98765432109876543210', '0', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
    '"\\u0041\\u00e9\\u4e2d"', '"\\uD83D\\uDE00 pair"', '[NaN, Infinity, -Infinity]',
    '{"a": 1, "a": 2, "b": 3}', '{}', '[]', '[[], {}, [[]], {"": ""}]', '"\x7f\u00e9 raw"',
    '\n\t{"k"\n:\n"v"\r}\n', 'true', 'null', '"x"',
]
for d in docs:
    print(repr(json.loads(d)))

print(json.loads('[1.5, 2, 10]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=tuple, object_hook=dict))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads(b'{"x": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')), json.loads(b'\xef\xbb\xbf[2]'))
print(repr(json.loads('"a\tb"', strict=False)))

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a":1}', 2), dec.decode(' 7 '))
print(json.JSONDecoder(parse_int=float).decode("[1, 2]"))

nested = json.loads("[" * 200 + "]" * 200)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)

doc = {"users": [{"id": i, "name": "user%d" % i, "tags": ["a", "b"][: i % 3], "score": i / 4} for i in range(5)]}
text = json.dumps(doc, indent=2, sort_keys=True)
print(json.loads(text) == doc, len(text))
print(json.loads(json.dumps("\U0001f600\u00e9")) == "\U0001f600\u00e9")
