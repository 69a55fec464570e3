"""Shallow and deep copies: copy(x), deepcopy(x, memo)."""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Values that are their own copies.
_ATOMIC = {
    type(None), int, float, bool, str, bytes, tuple, frozenset, type, range,
    slice, property, _types.BuiltinFunctionType, type(...), type(NotImplemented),
    _types.FunctionType,
}
_DEEP_ATOMIC = _ATOMIC - {tuple, frozenset}


def copy(x):
    """A shallow copy: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is _types.MethodType:
        return x.__func__.__get__(x.__self__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy: containers copied recursively; `memo` maps id() of what
    was copied already to its copy, so shared and cyclic parts stay so."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _DEEP_ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through the tuple may have copied it meanwhile.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        # Keep x alive so its id() is not reused while memo is in use.
        memo.setdefault(id(memo), []).append(x)
    return y


def _state_of(x):
    """What __getstate__ would return: the instance dict plus slot values."""
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = dict(x.__dict__) if hasattr(x, "__dict__") else {}
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        for name in (names,) if isinstance(names, str) else names:
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state or None, slots)
    return state or None


def _reconstruct(x, memo):
    """Copies an instance of a user class: a new object of its class with
    its state (and, for list/dict/set subclasses, its items)."""
    deep = memo is not None
    cls = type(x)
    if cls.__module__ == "builtins":
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if isinstance(x, tuple):
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y
