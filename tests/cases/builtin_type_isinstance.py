print(type(1), type(1.0), type('s'), type([]), type(()), type({}), type(set()), type(None), type(True), type(range(0)))
print(type(1) == int, type(True) == int, type(True) == bool, type(1) is type(2))
print(isinstance(1, int), isinstance(1, (str, float)), isinstance('a', (str, int)), isinstance([], list), isinstance({}, dict))
print(isinstance(True, (bool,)), isinstance(None, type(None)), isinstance(int, type), isinstance(3.0, int))
print(issubclass(bool, int), issubclass(int, float), issubclass(list, object), issubclass(type, object))
def f():
    pass
class K:
    pass
print(type(f).__name__, type(K).__name__, type(K()).__name__, type(print).__name__ in ('builtin_function_or_method',))
print(int('5') + type(5)('6'), type('x')(12), type([])('ab'))
