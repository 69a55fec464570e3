"""Names for built-in types, SimpleNamespace and GenericAlias."""

import sys as _sys
from _pylift import set_type_name as _set_type_name

__all__ = ["FunctionType", "LambdaType", "BuiltinFunctionType", "BuiltinMethodType",
           "MethodType", "GeneratorType", "ModuleType", "NoneType", "SimpleNamespace",
           "GenericAlias"]


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


def _type_repr(obj):
    """How a type argument prints inside `X[...]` (classes by qualified name)."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class GenericAlias:
    """A parameterized class such as `collections.deque[int]`."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        return tuple(a for a in self.__args__ if hasattr(a, "__constraints__"))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

# Error messages name these as CPython's C implementations do.
_set_type_name(SimpleNamespace, "types.SimpleNamespace")
