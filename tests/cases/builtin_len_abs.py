print(len('abc'), len(''), len([1, 2]), len(()), len({'a': 1}), len({1, 2, 3}), len(range(10)), len('日本'), len([[]]))
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(2**70 * -1), abs(True), abs(-0.0), abs(float('-inf')))
print(type(abs(-5)).__name__, type(abs(-5.0)).__name__)
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
