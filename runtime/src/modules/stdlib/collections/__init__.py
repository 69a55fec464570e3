"""Container types: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap."""

import sys as _sys
from _pylift import set_type_name as _set_type_name, tuplegetter as _tuplegetter
from keyword import iskeyword as _iskeyword

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]


def _generic_alias(cls, item):
    # `deque[int]` in annotations; imported lazily, types imports nothing.
    from types import GenericAlias
    return GenericAlias(cls, item)


def _index(i):
    """An index argument as an int (CPython's __index__ protocol)."""
    if isinstance(i, int):
        return i
    try:
        f = type(i).__index__
    except AttributeError:
        raise TypeError(f"'{type(i).__name__}' object cannot be interpreted as an integer") from None
    return f(i)


# ---- deque ----

class deque:
    """A double-ended queue: O(1) appends and pops at both ends (amortized).

    The items are `_items[_head:]`: appending at the right is list.append;
    popping at the left leaves a gap before `_head`, reclaimed once it is
    half the list; appending at the left fills the gap, first growing it by
    the list's length when there is none."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen) if not isinstance(maxlen, int) else maxlen
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        # Bumped by every mutation, so iterators can detect one.
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def _checked_index(self, i):
        i = _index(i) if not isinstance(i, int) else i
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._head + i

    def _reset(self, items):
        self._items = list(items)
        self._head = 0
        self._state += 1

    # -- adding and removing --

    def append(self, x):
        if self._maxlen is not None:
            if self._maxlen == 0:
                return
            if len(self._items) - self._head >= self._maxlen:
                self.popleft()
        self._items.append(x)
        self._state += 1

    def appendleft(self, x):
        if self._maxlen is not None:
            if self._maxlen == 0:
                return
            if len(self._items) - self._head >= self._maxlen:
                self.pop()
        head = self._head
        if head == 0:
            head = max(8, len(self._items))
            self._items[0:0] = [None] * head
        head -= 1
        self._items[head] = x
        self._head = head
        self._state += 1

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        self._state += 1
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        if head >= 32 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        self._state += 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._reset([])

    def rotate(self, n=1):
        n = _index(n) if not isinstance(n, int) else n
        size = len(self)
        if size <= 1:
            return
        n %= size
        # Move whichever side is shorter.
        if n <= size // 2:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(size - n):
                self.append(self.popleft())

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self._reset(items)

    def remove(self, value):
        for i in range(self._head, len(self._items)):
            v = self._items[i]
            if v is value or v == value:
                del self[i - self._head]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        items = list(self)
        items.reverse()
        self._reset(items)

    def count(self, x):
        return sum(1 for v in self if v is x or v == x)

    def index(self, x, start=0, stop=_sys.maxsize):
        size = len(self)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop += size
        for i in range(start, min(stop, size)):
            v = self._items[self._head + i]
            if v is x or v == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    # -- the sequence protocol --

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __getitem__(self, i):
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        return self._items[self._checked_index(i)]

    def __setitem__(self, i, x):
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        self._items[self._checked_index(i)] = x

    def __delitem__(self, i):
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        del self._items[self._checked_index(i)]
        self._state += 1

    def __iter__(self):
        state = self._state
        for i in range(self._head, len(self._items)):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[i]
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in range(len(self._items) - 1, self._head - 1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[i]
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")

    def __contains__(self, x):
        for v in self:
            if v is x or v == x:
                return True
        return False

    # -- comparisons and operators --

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n) if not isinstance(n, int) else n
        items = list(self)
        if n <= 0:
            self.clear()
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __repr__(self):
        name = type(self).__name__
        if _repr_enter(self):
            return "[...]"
        try:
            body = repr(list(self))
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"


# Objects whose repr is being computed (to print a cycle as [...]).
_repr_running = set()


def _repr_enter(obj):
    if id(obj) in _repr_running:
        return True
    _repr_running.add(id(obj))
    return False


def _repr_leave(obj):
    _repr_running.discard(id(obj))


# ---- defaultdict ----

class defaultdict(dict):
    """A dict that calls default_factory() to supply missing keys."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        if _repr_enter(self):
            return "..."
        try:
            return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"
        finally:
            _repr_leave(self)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- OrderedDict ----

class _OrderedDictView:
    """A live view of an OrderedDict (odict_keys, odict_values, odict_items)."""
    __slots__ = ("_mapping",)
    __module__ = "builtins"

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"


class _SetLikeView(_OrderedDictView):
    """Keys and items views compare and combine like sets."""
    __slots__ = ()

    def _other(self, other):
        return set(other)

    def __and__(self, other):
        return set(self) & self._other(other)

    def __rand__(self, other):
        return self._other(other) & set(self)

    def __or__(self, other):
        return set(self) | self._other(other)

    def __ror__(self, other):
        return self._other(other) | set(self)

    def __sub__(self, other):
        return set(self) - self._other(other)

    def __rsub__(self, other):
        return self._other(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ self._other(other)

    def __rxor__(self, other):
        return self._other(other) ^ set(self)

    def isdisjoint(self, other):
        return all(x not in self for x in other)

    def _comparable(self, other):
        return isinstance(other, (set, frozenset, _SetLikeView)) or type(other).__name__ in ("dict_keys", "dict_items")

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return len(self) == len(other) and all(x in other for x in self)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return len(self) <= len(other) and all(x in other for x in self)

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return len(self) < len(other) and all(x in other for x in self)

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return len(self) >= len(other) and all(x in self for x in other)

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return len(self) > len(other) and all(x in self for x in other)

    __hash__ = None


class odict_keys(_SetLikeView):
    __slots__ = ()
    __module__ = "builtins"

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping


class odict_values(_OrderedDictView):
    __slots__ = ()
    __module__ = "builtins"

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class odict_items(_SetLikeView):
    __slots__ = ()
    __module__ = "builtins"

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        key, value = item
        m = self._mapping
        return key in m and (dict.__getitem__(m, key) is value or dict.__getitem__(m, key) == value)


class OrderedDict(dict):
    """A dict that can reorder its keys (built-in dicts keep insertion order,
    so only moving and popping at either end are added)."""

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        if _repr_enter(self):
            return "..."
        try:
            return f"{type(self).__name__}({list(dict.items(self))!r})"
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- Counter ----

class Counter(dict):
    """A dict of counts: missing keys count 0."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep insertion order.
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        # Deleting a missing element is not an error: its count is already 0.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            body = repr(dict(self.most_common()))
        except TypeError:
            # Counts that do not order (e.g. None) print unsorted.
            body = repr(dict(self))
        return f"{type(self).__name__}({body})"

    # -- comparisons: a missing element counts 0 --

    def _all(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep positive counts only --

    def _combine(self, other, op):
        result = Counter()
        for elem, count in self.items():
            n = op(count, other[elem])
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self:
                n = op(0, count)
                if n > 0:
                    result[elem] = n
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def _inplace(self, other, op):
        for elem, count in other.items():
            self[elem] = op(self[elem], count)
        return self._keep_positive()

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._inplace(other, lambda a, b: a + b)

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._inplace(other, lambda a, b: a - b)

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._inplace(other, lambda a, b: b if a < b else a)

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap))


# ---- namedtuple ----

def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also named attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        # Bind arguments to fields as a def with these parameters would,
        # with the same errors.
        if len(args) > nfields:
            raise TypeError(f"{typename}.__new__() takes {nfields + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        if kwargs:
            for key in kwargs:
                if key not in fields:
                    raise TypeError(f"{typename}.__new__() got an unexpected keyword argument {key!r}")
                if fields.index(key) < len(args):
                    raise TypeError(f"{typename}.__new__() got multiple values for argument {key!r}")
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            s = "" if len(missing) == 1 else "s"
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{s}: {_join_names(missing)}")
        return tuple.__new__(_cls, values)

    __new__.__qualname__ = f"{typename}.__new__"
    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{self.__class__.__name__}({body})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for f in (_replace, __repr__, _asdict, __getnewargs__):
        f.__qualname__ = f"{typename}.{f.__name__}"

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": staticmethod(__new__),
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f"Alias for field number {index}")

    result = type(typename, (tuple,), namespace)
    if module is None:
        module = _sys._getframemodulename(1) or "__main__"
    result.__module__ = module
    return result


# ---- ChainMap ----

class ChainMap:
    """Several mappings searched in turn as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._merged())

    def _merged(self):
        # Keys in first-seen order, starting from the last mapping.
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return d

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return self._merged().keys()

    def items(self):
        return [(k, self[k]) for k in self._merged()]

    def values(self):
        return [self[k] for k in self._merged()]

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    def __repr__(self):
        if _repr_enter(self):
            return "..."
        try:
            return f"{type(self).__name__}({', '.join(map(repr, self.maps))})"
        finally:
            _repr_leave(self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)

# Error messages name these as CPython's C implementations do.
_set_type_name(deque, "collections.deque")
_set_type_name(defaultdict, "collections.defaultdict")
_set_type_name(OrderedDict, "collections.OrderedDict")
