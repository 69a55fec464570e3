class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D(), 1, 'x', True, None, 1.5, [], {}]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, (C, D)), isinstance(o, (int, str)), isinstance(o, object))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(bool, int), issubclass(int, object), issubclass(A, A))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(type(C()) is C, type(C()) == B, type(1) is int, type('') is str, type([]) is list)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
