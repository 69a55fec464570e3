"""Data classes: `@dataclass` reads a class's annotated fields and adds
__init__, __repr__, __eq__, the orderings, __hash__, frozen-ness,
__match_args__ and optionally __slots__.

The generated methods are compiled from source text with exec (as CPython
does), so that a bad call to __init__ reports exactly CPython's argument
errors ("Item.__init__() missing 1 required positional argument: 'price'").
"""

import sys
import keyword
from types import MappingProxyType as mappingproxy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


# "No value given": None is a legitimate default, so a sentinel is needed.
MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


# The default an __init__ parameter gets when its field has a factory: the
# body then calls the factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


# `_: KW_ONLY` makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    """Which of the three kinds of annotated name a field is."""

    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


_EMPTY_METADATA = mappingproxy({})


class InitVar:
    """`x: InitVar[int]`: an __init__ parameter passed to __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return "dataclasses.InitVar[%s]" % (t.__name__ if isinstance(t, type) else repr(t))

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field's settings, as field() records them and fields() returns them."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor used as a default still learns its name.
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- recognising ClassVar / InitVar / KW_ONLY annotations ----

def _is_classvar(hint, typing):
    return hint is typing.ClassVar or getattr(hint, "__origin__", None) is typing.ClassVar


def _is_initvar(hint, dataclasses):
    return hint is dataclasses.InitVar or type(hint) is dataclasses.InitVar


def _is_kw_only(hint, dataclasses):
    return hint is dataclasses.KW_ONLY


def _leading_name(text):
    """`"mod.Name[...]"` -> ("mod", "Name"); `"Name[...]"` -> (None, "Name")."""

    def word(s, i):
        while i < len(s) and s[i].isspace():
            i += 1
        j = i
        while j < len(s) and (s[j].isalnum() or s[j] == "_"):
            j += 1
        return s[i:j], j

    first, i = word(text, 0)
    if not first:
        return None
    rest = text[i:].lstrip()
    if rest.startswith("."):
        second, _ = word(rest, 1)
        if second:
            return first, second
    return None, first


def _string_hint_is(text, cls, module, test):
    """A string annotation names the special form when the class's module
    binds its leading name to it (`from typing import ClassVar`, or
    `import typing` for "typing.ClassVar[...]" with the name also bound)."""
    parts = _leading_name(text)
    if parts is None:
        return False
    prefix, name = parts
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    ns = home.__dict__
    if prefix is not None and ns.get(prefix) is not module:
        return False
    return test(ns.get(name), module)


def _hint_is(hint, cls, module, test):
    return test(hint, module) or (isinstance(hint, str) and _string_hint_is(hint, cls, module, test))


def _make_field(cls, name, hint, kw_only):
    default = getattr(cls, name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = hint
    f._field_type = _FIELD
    typing = sys.modules.get("typing")
    if typing is not None and _hint_is(hint, cls, typing, _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _hint_is(hint, cls, sys.modules[__name__], _is_initvar):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
    return f


# ---- generating methods ----

def _compile(cls, name, params, body, env, return_none=False):
    """Defines method `name` from source lines, with `env`'s names visible to
    it (defaults, factories, annotations), named as a method of `cls`."""
    names = list(env)
    header = "def %s(%s)%s:" % (name, ", ".join(params), " -> None" if return_none else "")
    text = "def __make__(%s):\n %s\n%s\n return %s\n" % (
        ", ".join(names), header, "\n".join("  " + line for line in body), name)
    home = sys.modules.get(cls.__module__)
    scope = {}
    exec(text, home.__dict__ if home is not None else {}, scope)
    fn = scope["__make__"](*[env[n] for n in names])
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return fn


def _add_method(cls, name, fn):
    """Sets a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, fn)
    return False


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _make_init(cls, all_fields, positional, keyword_only, frozen, has_post_init, slots):
    seen_default = False
    for f in positional:
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    self_name = "__dataclass_self__" if "self" in [f.name for f in all_fields] else "self"
    env = {"__dataclass_builtins_object__": object, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY}
    for f in all_fields:
        env["_type_" + f.name] = f.type
    body = []
    for f in all_fields:
        dflt = "_dflt_" + f.name
        if f.default_factory is not MISSING:
            env[dflt] = f.default_factory
            value = f"{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}" if f.init else f"{dflt}()"
        elif f.init:
            if f.default is not MISSING:
                env[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            # With __slots__ the class cannot hold the default: store it.
            env[dflt] = f.default
            value = dflt
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})")
        else:
            body.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        initvars = ", ".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.__post_init__({initvars})")

    def param(f):
        if f.default is not MISSING:
            return f"{f.name}: _type_{f.name} = _dflt_{f.name}"
        if f.default_factory is not MISSING:
            return f"{f.name}: _type_{f.name} = _HAS_DEFAULT_FACTORY"
        return f"{f.name}: _type_{f.name}"

    params = [self_name] + [param(f) for f in positional]
    if keyword_only:
        params += ["*"] + [param(f) for f in keyword_only]
    fn = _compile(cls, "__init__", params, body or ["pass"], env, return_none=True)
    _init_signatures[fn] = _signature_text(positional, keyword_only)
    return fn


def _fields_tuple(obj_name, flds):
    return "(" + "".join(f"{obj_name}.{f.name}," for f in flds) + ")"


def _make_repr(cls, flds):
    parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in flds)
    body = [
        "key = id(self)",
        "if key in _active:",
        "    return '...'",
        "_active.add(key)",
        "try:",
        f"    return self.__class__.__qualname__ + f'({parts})'",
        "finally:",
        "    _active.discard(key)",
    ]
    return _compile(cls, "__repr__", ["self"], body, {"_active": set()})


def _make_compare(cls, name, op, flds):
    body = [
        "if other.__class__ is self.__class__:",
        f"    return {_fields_tuple('self', flds)} {op} {_fields_tuple('other', flds)}",
        "return NotImplemented",
    ]
    return _compile(cls, name, ["self", "other"], body, {})


def _make_hash(cls, flds):
    return _compile(cls, "__hash__", ["self"], [f"return hash({_fields_tuple('self', flds)})"], {})


def _make_frozen_methods(cls, flds):
    env = {"cls": cls, "FrozenInstanceError": FrozenInstanceError, "_names": tuple(f.name for f in flds)}
    setter = _compile(cls, "__setattr__", ["self", "name", "value"], [
        "if type(self) is cls or name in _names:",
        "    raise FrozenInstanceError(f'cannot assign to field {name!r}')",
        "super(cls, self).__setattr__(name, value)",
    ], env)
    deleter = _compile(cls, "__delattr__", ["self", "name"], [
        "if type(self) is cls or name in _names:",
        "    raise FrozenInstanceError(f'cannot delete field {name!r}')",
        "super(cls, self).__delattr__(name)",
    ], env)
    return setter, deleter


# ---- the class's docstring: its __init__ signature, as inspect shows it ----

_init_signatures = {}


def _annotation_text(hint):
    if isinstance(hint, type):
        if hint.__module__ == "builtins":
            return hint.__qualname__
        return "%s.%s" % (hint.__module__, hint.__qualname__)
    if getattr(hint, "__module__", None) == "typing":
        return repr(hint).replace("typing.", "")
    return repr(hint)


def _signature_text(positional, keyword_only):
    def one(f):
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        return text

    parts = [one(f) for f in positional]
    if keyword_only:
        parts += ["*"] + [one(f) for f in keyword_only]
    return "(" + ", ".join(parts) + ")"


def _class_doc(cls):
    init = None
    for base in cls.__mro__:
        if "__init__" in base.__dict__:
            init = base.__dict__["__init__"]
            break
    if init is None or init is object.__init__:
        return cls.__name__ + "()"
    text = _init_signatures.get(init)
    return None if text is None else cls.__name__ + text


# ---- the decorator ----

# What happens to __hash__, by (unsafe_hash, eq, frozen, class defines __hash__):
# "add" writes one from the compared fields, "none" sets __hash__ = None (eq
# without frozen: instances are mutable so not hashable), "error" refuses to
# replace the class's own, "" leaves it.
def _hash_action(unsafe_hash, eq, frozen, explicit):
    if unsafe_hash:
        return "error" if explicit else "add"
    if eq and not explicit:
        return "add" if frozen else "none"
    return ""


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_seen = False
    this_module = sys.modules[__name__]
    for name, hint in annotations.items():
        if _hint_is(hint, cls, this_module, _is_kw_only):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_make_field(cls, name, hint, kw_only))
    for f in own:
        all_fields[f.name] = f
        # The class attribute holding a field() is replaced by its plain default.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    cls.__dataclass_fields__ = all_fields

    own_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (own_hash is MISSING or (own_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _add_method(cls, "__init__", _make_init(cls, init_fields, positional, keyword_only, frozen,
                                                has_post_init, slots))

    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    if repr:
        _add_method(cls, "__repr__", _make_repr(cls, [f for f in stored if f.repr]))
    compared = [f for f in stored if f.compare]
    if eq:
        _add_method(cls, "__eq__", _make_compare(cls, "__eq__", "==", compared))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _add_method(cls, name, _make_compare(cls, name, op, compared)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        for fn in _make_frozen_methods(cls, stored):
            if _add_method(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)
    if action == "add":
        hashed = [f for f in stored if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _make_hash(cls, hashed)
    elif action == "none":
        cls.__hash__ = None
    elif action == "error":
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")

    if not cls.__dict__.get("__doc__"):
        doc = _class_doc(cls)
        if doc is not None:
            cls.__doc__ = doc
    if match_args:
        _add_method(cls, "__match_args__", tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    import abc
    abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return ()
    return (slots,) if isinstance(slots, str) else tuple(slots)


def _with_slots(cls, frozen, weakref_slot):
    """A new class like `cls` with `__slots__` for its fields (slots cannot be
    added to an existing class)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = [f.name for f in fields(cls)]
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    ns = dict(cls.__dict__)
    wanted = names + (["__weakref__"] if weakref_slot else [])
    ns["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for n in names:
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = cls.__qualname__
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = qualname
    if frozen:
        if "__getstate__" not in ns:
            new.__getstate__ = _frozen_getstate
        if "__setstate__" not in ns:
            new.__setstate__ = _frozen_setstate
    return new


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---- working with instances ----

def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


# Values deepcopy would return unchanged: no need to import copy for them.
_ATOMIC = (type(None), bool, int, float, str, bytes, type, range, type(Ellipsis), type(NotImplemented),
           type(len), type(lambda: None), property)


def _convert(obj, as_dict, factory):
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), as_dict, factory)) for f in fields(obj)]
        return factory(values) if as_dict else factory([v for _, v in values])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        # A namedtuple is rebuilt from positional arguments.
        return type(obj)(*[_convert(v, as_dict, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, as_dict, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, as_dict, factory), _convert(v, as_dict, factory)) for k, v in obj.items())
    if type(obj) in _ATOMIC:
        return obj
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, True, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, False, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    ns = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, hint = item, "typing.Any"
        elif len(item) == 2:
            name, hint = item
        elif len(item) == 3:
            name, hint, spec = item
            ns[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = hint
    ns["__annotations__"] = annotations
    # CPython 3.11 builds the class with types.new_class, whose frame names
    # the module.
    ns.setdefault("__module__", "types")
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
