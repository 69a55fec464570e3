"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The class statement runs EnumType.__new__, which takes the member
definitions out of the namespace, makes the class, then makes one instance
per distinct value (later names with an equal value become aliases).
"""

from types import MappingProxyType as _MappingProxy

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique"]

_function = type(lambda: None)
_descriptor_types = (_function, property, classmethod, staticmethod)


class auto:
    """Stands for the next value `_generate_next_value_` picks."""

    def __repr__(self):
        return "auto(...)"


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_member(name, value):
    if _is_dunder(name) or _is_sunder(name):
        return False
    if isinstance(value, _descriptor_types):
        return False
    return not hasattr(type(value), "__get__")


def _data_type(bases):
    """The built-in type members also are (int for IntEnum), or object."""
    for base in bases:
        for cls in base.__mro__:
            if cls is object or isinstance(cls, EnumType):
                continue
            if cls in (int, str, float, bytes, tuple):
                return cls
    return object


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(mcs, name, bases, ns, boundary=None, **kwargs):
        ns = dict(ns)
        ignore = ns.pop("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        definitions = []
        for key in list(ns):
            if key in ignore:
                del ns[key]
            elif _is_member(key, ns[key]):
                definitions.append((key, ns.pop(key)))
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%s: cannot extend enumeration %r" % (name, base.__name__))
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        type.__setattr__(cls, "_member_names_", [])
        type.__setattr__(cls, "_member_map_", {})
        type.__setattr__(cls, "_value2member_map_", {})
        data_type = _data_type(bases)
        type.__setattr__(cls, "_member_type_", data_type)
        # The data type's repr/str/format must not shadow the enum's
        # (class StrEnum(str, ReprEnum): str comes first in the MRO).
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
        if data_type is not object and first_enum is not None:
            for method in ("__repr__", "__str__", "__format__"):
                if method not in ns:
                    found = getattr(cls, method)
                    if found is getattr(data_type, method, None) or found is getattr(object, method):
                        type.__setattr__(cls, method, getattr(first_enum, method))
        custom_new = ns.get("__new__")
        last_values = []
        for key, value in definitions:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if custom_new is not None:
                member = custom_new(cls, *args)
            elif data_type is object:
                member = object.__new__(cls)
            else:
                member = data_type.__new__(cls, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if data_type is object or custom_new is not None else data_type(*args)
            member._name_ = key
            member.__objclass__ = cls
            init = getattr(cls, "__init__", None)
            if init is not None and init is not object.__init__ and init is not Enum.__init__ and data_type is object:
                init(member, *args)
            canonical = cls._lookup_value(member._value_)
            if canonical is not None:
                member = canonical
            else:
                cls._member_names_.append(key)
                try:
                    cls._value2member_map_[member._value_] = member
                except TypeError:
                    pass
            cls._member_map_[key] = member
            type.__setattr__(cls, key, member)
        if Flag is not None and issubclass(cls, Flag):
            type.__setattr__(cls, "_flag_mask_", 0)
            for member in cls._member_map_.values():
                if isinstance(member._value_, int):
                    cls._flag_mask_ |= member._value_
        return cls

    def _lookup_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
            return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        member = cls._lookup_value(value)
        if member is not None:
            return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        ns = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            for i, n in enumerate(names):
                value = cls._generate_next_value_(n, start, i, last[:])
                last.append(value)
                ns[n] = value
        elif isinstance(names, dict):
            ns.update(names)
        else:
            for n, v in names:
                ns[n] = v
        ns["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            ns["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, ns)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (type(member).__qualname__, type(cls).__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    @property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot delete member %r" % (name,))
        type.__delattr__(cls, name)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Members are the class's instances, one per value."""

    def __init__(self, *args, **kwargs):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only repr() changes: str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Members are ints too."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    """Members are strs too; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


def _bits(value):
    while value:
        low = value & -value
        yield low
        value ^= low


class Flag(Enum):
    """Members combine with | & ^ ~ into other members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int):
                high = max(high, v.bit_length())
        return 1 << high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        if value < 0:
            value = value & cls._flag_mask_
        if value & ~cls._flag_mask_:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_ and _single_bit(m._value_)]
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __iter__(self):
        return (m for m in type(self) if _single_bit(m._value_) and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (type(other).__qualname__, type(self).__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        name = self._name_ if self._name_ is not None else str(self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, name, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def _operand(self, other):
        """The int value to combine with, or None for an unsupported operand."""
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)


def _single_bit(value):
    return value != 0 and value & (value - 1) == 0


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints too."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
