# types: SimpleNamespace, GenericAlias, the type names.
import types
import collections
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b, ns == SimpleNamespace(a=1, b="x"), ns == SimpleNamespace(a=2))
ns.c = [1]
del ns.a
print(ns, vars(ns), SimpleNamespace())
print(type(ns).__hash__)


def f():
    pass


class C:
    def m(self):
        pass


def g():
    yield


print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType), types.NoneType, types.LambdaType is types.FunctionType)
ga = types.GenericAlias(list, (int,))
print(ga, ga.__origin__, ga.__args__, ga([1, 2]), ga == types.GenericAlias(list, int))
print(collections.deque[int], collections.defaultdict[str, list], collections.OrderedDict[str, int], collections.Counter[str])
print(collections.deque[int]([1, 2]))
try:
    hash(ns)
except TypeError as e:
    print("TypeError", e)
