"""Names for built-in types, SimpleNamespace and GenericAlias."""

import sys as _sys
from _pylift import set_type_name as _set_type_name
from _typeforms import GenericAlias, UnionType, _type_repr

__all__ = ["FunctionType", "LambdaType", "BuiltinFunctionType", "BuiltinMethodType",
           "MethodType", "GeneratorType", "ModuleType", "NoneType", "SimpleNamespace",
           "GenericAlias", "UnionType", "MappingProxyType"]


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodType = type(_C()._m)
GeneratorType = type(_g())
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
del _f, _C, _g


class SimpleNamespace:
    """An object whose attributes are its keyword arguments."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None



# Error messages name these as CPython's C implementations do.
_set_type_name(SimpleNamespace, "types.SimpleNamespace")


class mappingproxy:
    """A read-only view of a mapping (`types.MappingProxyType`; dataclass
    field metadata and enum `__members__` are ones)."""

    __module__ = "builtins"
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
