"""Type hints: the names scripts annotate with, subscriptable as in CPython.

Hints have no effect at run time; what matters is that they can be written,
subscripted, compared and printed (`typing.Dict[str, typing.List[int]]`)."""

import sys as _sys
import collections as _collections
from types import _type_repr, GenericAlias as _BuiltinAlias

__all__ = [
    "Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "NoReturn",
    "Optional", "Protocol", "Tuple", "Type", "TypeVar", "Union",
    "AbstractSet", "ByteString", "Container", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "Reversible", "SupportsAbs",
    "SupportsFloat", "SupportsInt", "SupportsIndex", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
    "AnyStr", "ForwardRef", "ParamSpec", "TypeVarTuple", "TypeAlias", "Annotated",
    "Concatenate", "Required", "NotRequired", "Unpack", "Never", "Self", "LiteralString",
    "assert_never", "assert_type", "reveal_type", "is_typeddict", "cast", "final", "get_args", "get_origin", "NewType",
    "no_type_check", "overload", "runtime_checkable", "Text", "TYPE_CHECKING",
]

TYPE_CHECKING = False


def _params(params):
    return params if isinstance(params, tuple) else (params,)


def _type_check(arg, module=None):
    """None in a hint means NoneType; a string is a forward reference."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _collect_type_vars(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        else:
            for t in getattr(a, "__parameters__", ()):
                if t not in found:
                    found.append(t)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, mapping) for a in arg.__args__))
    return arg


class _Final:
    """Base of typing's objects (not meant to be subclassed by users)."""
    __slots__ = ()


class ForwardRef(_Final):
    """A hint written as a string: `List['Node']`."""

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


# ---- type variables ----

class TypeVar(_Final):
    """A type variable: `T = TypeVar('T')`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _sys._getframemodulename(1) or "__main__"

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(_Final):
    """The parameters of a callable: `P = ParamSpec('P')`, `Callable[P, int]`."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _sys._getframemodulename(1) or "__main__"

    @property
    def args(self):
        return _ParamSpecPart(self, "args")

    @property
    def kwargs(self):
        return _ParamSpecPart(self, "kwargs")

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class _ParamSpecPart(_Final):
    """`P.args` / `P.kwargs`."""

    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if not isinstance(other, _ParamSpecPart):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._part == other._part

    def __hash__(self):
        return hash((id(self.__origin__), self._part))


class TypeVarTuple(_Final):
    """A variadic type variable: `Ts = TypeVarTuple('Ts')`, `*Ts`."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _sys._getframemodulename(1) or "__main__"

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


# ---- special forms ----

class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, ...: typing's special names."""

    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


Any = _SpecialForm("Any", doc="Compatible with every type.")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _params(params):
        p = _type_check(p)
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(tuple(flat))


def _optional_getitem(self, params):
    if isinstance(params, tuple) and len(params) != 1:
        raise TypeError(f"{self} requires a single type.")
    return Union[params, None]


def _wrapper_getitem(self, params):
    # ClassVar[int], Final[int]: one type argument.
    item = _params(params)
    if len(item) != 1:
        raise TypeError(f"{self} accepts only single type.")
    return _GenericAlias(self, (_type_check(item[0]),), name=self._name)


def _literal_getitem(self, params):
    return _GenericAlias(self, _params(params), name="Literal")


def _concatenate_getitem(self, params):
    params = _params(params)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(params[-1], ParamSpec) and params[-1] is not ...:
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    return _GenericAlias(self, tuple(_type_check(p) for p in params), name="Concatenate")


def _unpack_getitem(self, params):
    item = _params(params)
    if len(item) != 1:
        raise TypeError(f"{self} accepts only single type.")
    return _UnpackAlias(self, item, name="Unpack")


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _wrapper_getitem)
Final = _SpecialForm("Final", _wrapper_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
TypeAlias = _SpecialForm("TypeAlias")
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Required = _SpecialForm("Required", _wrapper_getitem)
NotRequired = _SpecialForm("NotRequired", _wrapper_getitem)
Unpack = _SpecialForm("Unpack", _unpack_getitem)


# ---- generic aliases ----

class _GenericAlias(_Final):
    """A subscripted hint: `List[int]`, `Dict[str, T]`, `Stack[int]`."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(args)
        self._name = name
        self.__parameters__ = _collect_type_vars(self.__args__)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name)

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return f"{self._head()}[()]"
        return f"{self._head()}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _params(params))
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            many = "many" if len(params) > len(self.__parameters__) else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            # Another base that is already generic supplies Generic.
            i = bases.index(self) if self in bases else -1
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        if isinstance(origin, type):
            return (origin,)
        raise TypeError(f"Cannot subclass {self!r}")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        if isinstance(self.__args__[0], TypeVarTuple):
            return "*" + repr(self.__args__[0])
        return super().__repr__()


class _AnnotatedAlias(_GenericAlias):
    """`Annotated[T, x, ...]`: T with metadata attached."""

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {', '.join(repr(m) for m in self.__metadata__)}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _AnnotatedForm(_Final):
    def __repr__(self):
        return "typing.Annotated"

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _type_check(params[0])
        metadata = tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")


Annotated = _AnnotatedForm()


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args)

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a container: `List`, `Dict`, `Iterable`."""

    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _params(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def _check_origin(self):
        if self.__origin__.__module__ == "collections.abc":
            raise TypeError(f"isinstance() and issubclass() with typing.{self._name} need collections.abc, which pylift does not provide yet")

    def __instancecheck__(self, obj):
        self._check_origin()
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        self._check_origin()
        return issubclass(cls, self.__origin__)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple")
        return _GenericAlias(tuple, tuple(_type_check(p) for p in _params(params)), name="Tuple")


class _CallableAlias(_GenericAlias):
    def copy_with(self, args):
        return _CallableAlias(self.__origin__, args, self._name)

    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and (params[0] is ... or isinstance(params[0], (ParamSpec, _GenericAlias))):
            shown = _type_repr(params[0])
        else:
            shown = "[" + ", ".join(_type_repr(a) for a in params) + "]"
        return f"typing.Callable[{shown}, {_type_repr(result)}]"


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ... or isinstance(args, ParamSpec) or (isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
            flat = (args,)
        elif isinstance(args, list):
            flat = tuple(_type_check(a) for a in args)
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
        return _CallableAlias(self.__origin__, flat + (_type_check(result),), name="Callable")


def _abstract(name):
    """Stands for the collections.abc class behind an abstract alias (pylift
    has no collections.abc yet: isinstance() with these is refused)."""
    return type(name, (), {"__module__": "collections.abc"})


List = _SpecialGenericAlias("List", list, 1)
Dict = _SpecialGenericAlias("Dict", dict, 2)
Set = _SpecialGenericAlias("Set", set, 1)
FrozenSet = _SpecialGenericAlias("FrozenSet", frozenset, 1)
Tuple = _TupleAlias("Tuple", tuple, -1)
Type = _SpecialGenericAlias("Type", type, 1)
Deque = _SpecialGenericAlias("Deque", _collections.deque, 1)
DefaultDict = _SpecialGenericAlias("DefaultDict", _collections.defaultdict, 2)
OrderedDict = _SpecialGenericAlias("OrderedDict", _collections.OrderedDict, 2)
Counter = _SpecialGenericAlias("Counter", _collections.Counter, 1)
ChainMap = _SpecialGenericAlias("ChainMap", _collections.ChainMap, 2)
Callable = _CallableSpecial("Callable", _abstract("Callable"), 2)

for _name, _n in [("Hashable", 0), ("Sized", 0), ("Awaitable", 1), ("Coroutine", 3),
                  ("AsyncIterable", 1), ("AsyncIterator", 1), ("Iterable", 1),
                  ("Iterator", 1), ("Reversible", 1), ("Container", 1),
                  ("Collection", 1), ("AbstractSet", 1), ("MutableSet", 1),
                  ("Mapping", 2), ("MutableMapping", 2), ("Sequence", 1),
                  ("MutableSequence", 1), ("ByteString", 0), ("MappingView", 1),
                  ("KeysView", 1), ("ItemsView", 2), ("ValuesView", 1),
                  ("Generator", 3), ("AsyncGenerator", 2), ("SupportsInt", 0),
                  ("SupportsFloat", 0), ("SupportsIndex", 0), ("SupportsAbs", 1),
                  ("SupportsRound", 1)]:
    globals()[_name] = _SpecialGenericAlias(_name, _abstract(_name if _name != "AbstractSet" else "Set"), _n)
del _name, _n

Text = str


# ---- Generic and Protocol ----

class Generic:
    """Base of user generic classes: `class Stack(Generic[T])`."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _params(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            return _GenericAlias(cls, params, name=cls.__name__)
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base of structural types (checked by type checkers, not at run time)."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


# ---- NamedTuple and TypedDict ----

# Names a NamedTuple class body may not define.
_NT_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                            "_field_defaults", "_make", "_replace", "_asdict", "_source"})


class _NamedTuple(tuple):
    """`class P(NamedTuple): x: int` makes a subclass of this; it becomes a
    namedtuple whose fields are the annotated names."""

    def __init_subclass__(cls, **kwargs):
        ns = cls.__dict__
        types = dict(ns.get("__annotations__", {}))
        defaults = []
        for name in types:
            if name in ns:
                defaults.append(name)
            elif defaults:
                s = "s" if len(defaults) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field{s} {', '.join(defaults)}")
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        nt = _collections.namedtuple(cls.__name__, list(types), defaults=[ns[n] for n in defaults], module=cls.__module__)
        for key, value in nt.__dict__.items():
            if key in ("__module__", "__dict__", "__weakref__", "__qualname__"):
                continue
            if key in types or key not in ns:
                setattr(cls, key, value)
        cls.__annotations__ = {n: _type_check(t) for n, t in types.items()}


def NamedTuple(typename, fields=None, /, **kwargs):
    """NamedTuple('P', [('x', int), ('y', str)]): a namedtuple with field types."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    module = _sys._getframemodulename(1) or "__main__"
    nt = _collections.namedtuple(typename, [n for n, _ in fields], module=module)
    nt.__annotations__ = {n: _type_check(t) for n, t in fields}
    return nt


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDict(dict):
    """`class TD(TypedDict): a: int`: calling TD makes a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        for base in reversed(cls.__mro__):
            own = base.__dict__.get("__annotations__", {})
            if base is cls:
                own = {n: _type_check(t, module=cls.__module__) for n, t in own.items()}
            annotations.update(own)
        cls.__annotations__ = annotations
        cls.__total__ = total


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('TD', {'a': int}): a dict type with declared keys."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": _sys._getframemodulename(1) or "__main__"}
    return type(typename, (_TypedDict,), ns)


TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---- helpers ----

class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = _sys._getframemodulename(1) or "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __or__(self, other):
        return Union[self, other]


def cast(typ, val):
    """Tells a type checker val has type typ; returns val unchanged."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks a signature-only definition; the last, undecorated one is used."""
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        *params, result = tp.__args__
        if len(params) == 1 and (params[0] is ... or isinstance(params[0], (ParamSpec, _GenericAlias))):
            return (params[0], result)
        return (list(params), result)
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        return tp.__args__
    return ()


def assert_never(arg, /):
    """Marks code a type checker proves unreachable; reaching it fails."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    """Asks a type checker to confirm val has type typ; returns val."""
    return val


def reveal_type(obj, /):
    """Prints the runtime type of obj to stderr; returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, _TypedDict) and tp is not _TypedDict
