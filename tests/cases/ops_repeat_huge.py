# Sequence repetition past what memory can hold raises MemoryError (or
# OverflowError past an index-sized int), in place or not.
for make in (lambda: [1, 2, 3], lambda: (1, 2), lambda: "ab"):
    for n in (2 ** 40, 2 ** 62, 2 ** 63, -(2 ** 63)):
        try:
            v = make()
            v *= n
            print(type(v).__name__, len(v))
        except (MemoryError, OverflowError) as e:
            print(type(e).__name__, e)
        try:
            print(len(make() * n))
        except (MemoryError, OverflowError) as e:
            print(type(e).__name__, e)
