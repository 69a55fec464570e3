"""Abstract base classes: ABCMeta, ABC, abstractmethod, register().

ABCMeta records in `__abstractmethods__` the abstract names a class leaves
unimplemented; `object.__new__` (in the runtime) refuses to instantiate such
a class. isinstance/issubclass call the metaclass's __instancecheck__ /
__subclasscheck__, which here add registered ("virtual") subclasses and
`__subclasshook__` to the MRO test, with a cache of answers that
register() invalidates.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod over @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod over @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property over @abstractmethod."""

    __isabstractmethod__ = True


# Bumped by every register(): cached negative answers older than it are stale.
_invalidation = 0


def get_cache_token():
    return _invalidation


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _abstracts_of(cls, own_items):
    names = {name for name, value in own_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class _Impl:
    """Per-class state: registered virtual subclasses, direct ABC subclasses
    (there is no type.__subclasses__ to ask), and the answer caches."""

    __slots__ = ("registry", "subclasses", "cache", "negative", "negative_version")

    def __init__(self):
        self.registry = set()
        self.subclasses = []
        self.cache = set()
        self.negative = set()
        self.negative_version = _invalidation


def _impl(cls):
    return cls.__dict__["_abc_impl"]


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        type.__setattr__(cls, "__abstractmethods__", _abstracts_of(cls, namespace.items()))
        type.__setattr__(cls, "_abc_impl", _Impl())
        for base in bases:
            if isinstance(base, ABCMeta):
                _impl(base).subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC; returns it (so
        register can decorate)."""
        global _invalidation
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.add(subclass)
        _invalidation += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = _impl(cls)
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _invalidation and subclass in impl.negative:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = _impl(cls)
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation:
            impl.negative = set()
            impl.negative_version = _invalidation
        elif subclass in impl.negative:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative).add(subclass)
            return ok
        found = cls in subclass.__mro__
        if not found:
            for registered in impl.registry:
                if issubclass(subclass, registered):
                    found = True
                    break
        if not found:
            for sub in impl.subclasses:
                if issubclass(subclass, sub):
                    found = True
                    break
        (impl.cache if found else impl.negative).add(subclass)
        return found

    def _abc_registry_clear(cls):
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        impl = _impl(cls)
        impl.cache.clear()
        impl.negative.clear()


class ABC(metaclass=ABCMeta):
    """A class to inherit from instead of writing metaclass=ABCMeta."""

    __slots__ = ()


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods after methods were added to it
    (as @dataclass and functools.total_ordering do)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    type.__setattr__(cls, "__abstractmethods__", _abstracts_of(cls, list(cls.__dict__.items())))
    return cls
