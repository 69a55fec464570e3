"""Higher-order functions: reduce, partial, lru_cache, wraps, total_ordering, ..."""

from collections import namedtuple
from _pylift import set_type_name as _set_type_name

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
    "partial", "partialmethod", "cached_property", "singledispatch",
    "singledispatchmethod",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_NO_INITIAL = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]): folds iterable from the left."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if not 2 <= len(args) <= 3:
        bound = "least 2" if len(args) < 2 else "most 3"
        raise TypeError(f"reduce expected at {bound} arguments, got {len(args)}")
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _NO_INITIAL
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _NO_INITIAL:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        acc = initial
    for x in it:
        acc = function(acc, x)
    return acc


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- partial ----

class partial:
    """A callable that calls func with some arguments supplied in advance."""

    def __new__(cls, func=_NO_INITIAL, /, *args, **keywords):
        if func is _NO_INITIAL:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # partial(partial(f, 1), 2) is flattened to partial(f, 1, 2).
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"


class partialmethod:
    """Like partial, but binds as a method: the instance comes first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partialmethod({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        if obj is None:
            pm = self

            def unbound(obj, /, *args, **keywords):
                return pm.func(obj, *pm.args, *args, **{**pm.keywords, **keywords})
            return unbound
        return partial(self.func, obj, *self.args, **self.keywords)


# ---- total_ordering ----

def _derive(root, negate, combine):
    """A comparison computed from `root`: not-ed when `negate`, then joined
    with equality ('and !=' or 'or ==') when `combine` says so."""

    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if combine == "and_ne":
            return r and self != other
        if combine == "or_eq":
            return r or self == other
        return r
    return op


# For each root operation: the three others as (negate, combine).
_DERIVED = {
    "__lt__": {"__gt__": (True, "and_ne"), "__le__": (False, "or_eq"), "__ge__": (True, None)},
    "__le__": {"__ge__": (True, "or_eq"), "__lt__": (False, "and_ne"), "__gt__": (True, None)},
    "__gt__": {"__lt__": (True, "and_ne"), "__ge__": (False, "or_eq"), "__le__": (True, None)},
    "__ge__": {"__le__": (True, "or_eq"), "__gt__": (False, "and_ne"), "__lt__": (True, None)},
}


def total_ordering(cls):
    """Class decorator: fills in the missing rich comparisons from one of them."""
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = defined[0]
    for name, (negate, combine) in _DERIVED[root].items():
        if name not in defined:
            f = _derive(root, negate, combine)
            f.__name__ = name
            f.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, f)
    return cls


# ---- cmp_to_key ----

class KeyWrapper:
    """cmp_to_key(cmp) is one of these; calling it wraps a value as a key."""
    __slots__ = ("cmp", "obj")

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._other(other) < 0

    def __gt__(self, other):
        return self._other(other) > 0

    def __le__(self, other):
        return self._other(other) <= 0

    def __ge__(self, other):
        return self._other(other) >= 0

    def __eq__(self, other):
        return self._other(other) == 0

    __hash__ = None


def cmp_to_key(mycmp):
    return KeyWrapper(mycmp)


# ---- lru_cache ----

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates positional from keyword arguments in a cache key.
_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function, keeping the `maxsize` most recently used results."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """An unbounded lru_cache."""
    return _lru_wrapper(user_function, None, False)


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses
    # Recency order is a circular doubly linked list of [prev, next, key, result]
    # through a sentinel: moving or evicting an entry is O(1).
    root = []
    root[:] = [root, root, None, None]
    PREV, NEXT, KEY, RESULT = 0, 1, 2, 3

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        cache_get = cache.get

        def wrapper(*args, **kwds):
            # Positional calls (the common case) use the args tuple as key.
            key = _make_key(args, kwds, typed) if kwds or typed else args
            result = cache_get(key, _NO_INITIAL)
            if result is not _NO_INITIAL:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed) if kwds or typed else args
            link = cache.get(key)
            if link is not None:
                # Unlink and move to the most recent end (before root).
                link[PREV][NEXT] = link[NEXT]
                link[NEXT][PREV] = link[PREV]
                last = root[PREV]
                last[NEXT] = root[PREV] = link
                link[PREV] = last
                link[NEXT] = root
                stats[0] += 1
                return link[RESULT]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this key.
                return result
            if len(cache) >= maxsize:
                oldest = root[NEXT]
                oldest[PREV][NEXT] = oldest[NEXT]
                oldest[NEXT][PREV] = oldest[PREV]
                del cache[oldest[KEY]]
            last = root[PREV]
            link = [last, root, key, result]
            last[NEXT] = root[PREV] = link
            cache[key] = link
            return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        root[:] = [root, root, None, None]
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


# ---- singledispatch ----

def singledispatch(func):
    """A generic function dispatching on the class of its first argument to
    the implementation registered for the nearest class on its MRO."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            for klass in cls.__mro__:
                if klass in registry:
                    impl = registry[klass]
                    break
            else:
                impl = func
            cache[cls] = impl
        return impl

    def _is_valid_class(c):
        return isinstance(c, type) or (hasattr(c, "__args__") and type(c).__name__ == "UnionType"
                                       and all(isinstance(a, type) for a in c.__args__))

    def register(cls, func=None):
        if _is_valid_class(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, "__annotations__", {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not _is_valid_class(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for c in cls.__args__ if not isinstance(cls, type) else (cls,):
            registry[c] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


# ---- cached_property ----

class cached_property:
    """A property computed once per instance, then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            d = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        if self.attrname in d:
            return d[self.attrname]
        value = self.func(instance)
        d[self.attrname] = value
        return value

# Error messages name these as CPython's C implementations do.
_set_type_name(partial, "functools.partial")
_set_type_name(KeyWrapper, "functools.KeyWrapper")
