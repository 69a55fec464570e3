# JSONEncoder/JSONDecoder subclasses, default=, dump/load with file-likes.
import json
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda o: {"x": o.x, "y": o.y}))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "p": Point(5, 6)}, cls=SetEncoder))
print(SetEncoder(indent=1, sort_keys=True).encode({"b": frozenset([2]), "a": 1}))
print("".join(SetEncoder().iterencode([1, {2}])))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)

enc = json.JSONEncoder(separators=(";", "->"), sort_keys=True)
print(enc.encode({"z": [1, 2], "a": None}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=2).item_separator, repr(json.JSONEncoder().key_separator))


class PointDecoder(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=self.hook)

    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d


pts = json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 0}]', cls=PointDecoder)
print(type(pts[0]).__name__, pts[0].x, pts[0].y, pts[1])


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({"w": [1, 2], "q": "é"}, sink, indent=2, ensure_ascii=False)
print("".join(sink.parts))
print(json.load(Source('{"k": [true, null]}')))
print(json.load(Source('[1.25]'), parse_float=lambda s: "F" + s))
json.dump({"to": "stdout"}, sys.stdout)
print()
json.dump([1, {"a": 2}], sys.stdout, indent=1)
print()
import json.decoder
import json.encoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(issubclass(json.JSONDecodeError, ValueError), sorted(json.__all__))
