"""The objects `list[int]` and `int | None` evaluate to: GenericAlias and
UnionType (types.GenericAlias, types.UnionType). The runtime creates them
for built-in classes; this module has a private name so that a script's own
`types.py` cannot replace them."""

from _pylift import set_type_name as _set_type_name

_FunctionType = type(lambda: None)


def _type_repr(obj):
    """How a type argument prints inside `X[...]` (classes by qualified name)."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class GenericAlias:
    """A parameterized class such as `collections.deque[int]`."""
    __module__ = "types"

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

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union(a, b):
    """`a | b` for types: the runtime calls this for classes and None."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for t in x.__args__ if isinstance(x, UnionType) else (x,):
            t = type(None) if t is None else t
            if t not in args:
                args.append(t)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """`int | None`: a union of types usable in isinstance()."""
    __module__ = "types"

    def __init__(self, args):
        self.__args__ = args

    @property
    def __parameters__(self):
        return ()

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for t in self.__args__:
            if isinstance(t, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for t in self.__args__:
            if isinstance(t, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


_set_type_name(GenericAlias, "types.GenericAlias")
_set_type_name(UnionType, "types.UnionType")
