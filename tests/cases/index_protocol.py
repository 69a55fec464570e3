# What counts as an index: ints, bools, objects with __index__ (whose
# result must be an int), int subclasses; in ranges, slices and repetition.


class I:
    def __index__(self):
        return 3


class B:
    def __index__(self):
        return 2**70


class Bad:
    def __index__(self):
        return 1.5


class MyInt(int):
    pass


print(list(range(I())), "ab" * I(), range(B())[-1] == 2**70 - 1, list(range(MyInt(4))), range(MyInt(2**70)).stop)
print([1, 2, 3][I():], [1, 2, 3][:MyInt(2)], [1, 2, 3][True:], "ab" * MyInt(2), (1, 2) * True)
for bad in (Bad(), 1.5, "x", [1]):
    try:
        range(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (Bad(), 1.5, "x"):
    try:
        [1, 2][bad:]
    except Exception as e:
        print(type(e).__name__, e)
try:
    "ab" * Bad()
except Exception as e:
    print(type(e).__name__, e)
