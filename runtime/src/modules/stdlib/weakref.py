"""Weak references: ref, proxy, WeakValueDictionary, WeakKeyDictionary,
WeakSet, finalize. A reference is a slot in `_weakref` (Rust), emptied when
the referent is freed; callbacks run soon after, at the next call."""

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "WeakValueDictionary", "WeakKeyDictionary",
           "WeakSet", "finalize", "ReferenceType", "ProxyType", "CallableProxyType", "WeakMethod"]

class ref:
    """ref(obj[, callback]): call it to get obj back, or None once obj is gone."""

    __slots__ = ("_slot", "_hash", "__callback__")

    def __init__(self, obj, callback=None):
        self._slot = _weakref.new(obj, callback, self)
        self.__callback__ = callback
        self._hash = None

    def __call__(self):
        return _weakref.get(self._slot)

    def __del__(self):
        slot = getattr(self, "_slot", None)
        if slot is not None:
            _weakref.drop(slot)

    def __hash__(self):
        if self._hash is None:
            obj = self()
            if obj is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        obj = self()
        if obj is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))


ReferenceType = ref


def getweakrefcount(obj):
    return _weakref.count(obj)


class WeakMethod(ref):
    """A weak reference to a bound method (to its object and function)."""

    __slots__ = ("_func",)

    def __init__(self, method, callback=None):
        try:
            obj, func = method.__self__, method.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s" % type(method).__name__) from None
        ref.__init__(self, obj, callback)
        self._func = func

    def __call__(self):
        obj = ref.__call__(self)
        return None if obj is None else self._func.__get__(obj, type(obj))


class ProxyType:
    """proxy(obj): behaves like obj while it lives; ReferenceError after."""

    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_ref", ref(obj, callback))

    def _target(self):
        obj = object.__getattribute__(self, "_ref")()
        if obj is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __repr__(self):
        obj = ProxyType._target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(ProxyType._target(self))

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __bool__(self):
        return bool(ProxyType._target(self))


CallableProxyType = ProxyType


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakValueDictionary:
    """A mapping whose values are held weakly: entries vanish with them."""

    def __init__(self, other=(), **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def _remover(self, key):
        def remove(wr, data=self._data, key=key):
            if data.get(key) is wr:
                del data[key]
        return remove

    def __setitem__(self, key, value):
        self._data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        obj = self._data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        r = self._data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for r in self._data.values() if r() is not None)

    def get(self, key, default=None):
        r = self._data.get(key)
        obj = r() if r is not None else None
        return default if obj is None else obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def pop(self, key, *default):
        try:
            obj = self._data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def items(self):
        return [(k, r()) for k, r in list(self._data.items()) if r() is not None]

    def keys(self):
        return [k for k, _ in self.items()]

    def values(self):
        return [v for _, v in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: entries vanish with them."""

    def __init__(self, other=None):
        self._data = {}
        if other is not None:
            self.update(other)

    def _remove(self, wr):
        self._data.pop(self._find(wr), None)

    def _find(self, wr):
        for k in self._data:
            if k is wr:
                return k
        return None

    def __setitem__(self, key, value):
        self._data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            return ref(key) in self._data
        except TypeError:
            return False

    def __len__(self):
        return sum(1 for k in self._data if k() is not None)

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v

    def items(self):
        return [(k(), v) for k, v in list(self._data.items()) if k() is not None]

    def keys(self):
        return [k for k, _ in self.items()]

    def values(self):
        return [v for _, v in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self._data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def _remove(self, wr):
        self._data.discard(wr)

    def add(self, item):
        self._data.add(ref(item, self._remove))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def __contains__(self, item):
        try:
            return ref(item) in self._data
        except TypeError:
            return False

    def __len__(self):
        return sum(1 for r in self._data if r() is not None)

    def __iter__(self):
        return iter([r() for r in list(self._data) if r() is not None])

    def __repr__(self):
        return "<WeakSet at %#x>" % id(self)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs)
    once, when obj is freed (or when the finalizer is called)."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        finalize._registry[id(self._key)] = self
        self._info = (func, args, kwargs)
        self._ref = ref(obj, self._fire)
        self.atexit = True

    def _fire(self, wr=None):
        return self()

    def __call__(self, _=None):
        info, self._info = self._info, None
        finalize._registry.pop(id(self._key), None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)
        return None

    def detach(self):
        info, self._info = self._info, None
        finalize._registry.pop(id(self._key), None)
        obj = self._ref()
        if info is None or obj is None:
            return None
        return (obj,) + info

    def peek(self):
        obj = self._ref()
        if self._info is None or obj is None:
            return None
        return (obj,) + self._info

    @property
    def alive(self):
        return self._info is not None
