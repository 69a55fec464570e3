# A loop that has only unpacked tuples is compiled to leave native code for
# anything else: lists, strings, dicts, generators, custom iterables, wrong
# lengths (each must behave as in CPython, errors included).


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b


def total(items):
    s = 0
    for x, y in items:
        s += x * 10 + y
    return s


def careful(items):
    s = 0
    for it in items:
        try:
            x, y = it
            s += x * 10 + y
        except ValueError as e:
            s -= 1
            print("ValueError:", e)
        except TypeError as e:
            s -= 2
            print("TypeError:", e)
    return s


pairs = [(i, i + 1) for i in range(3000)]
print(total(pairs))
print(total(pairs + [[1, 2], (3, 4)]))
print(total(pairs + [Pair(5, 6), {7: 0, 8: 0}, (g for g in (1, 2))]))
print(total(pairs + ["ab"]) if False else total(pairs + [(9, 9)]))
print(careful(pairs + [(1, 2, 3), (1,), 5, "xyz", [4, 5], Pair(1, 1)]))
try:
    total(pairs + ["ab"])
except TypeError as e:
    print("TypeError:", e)
