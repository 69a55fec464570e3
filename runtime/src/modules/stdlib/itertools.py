"""Iterator building blocks.

Most are generators; each function checks its arguments and calls iter() on
its inputs before returning, so errors surface at the call as in CPython.
count, repeat, groupby and tee's iterators are classes (for their reprs and
shared state)."""

import sys as _sys
from _pylift import set_type_name as _set_type_name

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]


def _as_index(v, what):
    if isinstance(v, int):
        return v
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    return f(v)


# CPython implements itertools in C; its argument errors read differently
# from a def's. These two helpers reproduce them.

def _positional(fname, args, kwargs, least, most=None, kwname=None):
    """Arguments of a positional-only function: `fname expected N arguments`."""
    if kwargs:
        raise TypeError(f"{kwname or fname}() takes no keyword arguments")
    n = len(args)
    most = least if most is None else most
    if least <= n <= most:
        return args
    s = "" if (least if n < least else most) == 1 else "s"
    if least == most:
        raise TypeError(f"{fname} expected {least} argument{s}, got {n}")
    if n < least:
        raise TypeError(f"{fname} expected at least {least} argument{s}, got {n}")
    raise TypeError(f"{fname} expected at most {most} argument{s}, got {n}")


_MISSING = object()


def _keywords(fname, args, kwargs, names, required, kwonly=()):
    """Arguments of a function taking keywords: `fname() missing required
    argument 'x' (pos 1)`. Returns a value per name (_MISSING if absent)."""
    if len(args) > len(names):
        what = "positional arguments" if kwonly else "arguments"
        raise TypeError(f"{fname}() takes at most {len(names)} {what} ({len(args)} given)")
    total = len(args) + sum(1 for k in kwargs if k not in kwonly)
    if total > len(names):
        raise TypeError(f"{fname}() takes at most {len(names)} keyword arguments ({total} given)")
    values = list(args) + [_MISSING] * (len(names) - len(args))
    unknown = []
    for key, value in kwargs.items():
        if key in names:
            i = names.index(key)
            if i < len(args):
                raise TypeError(f"argument for {fname}() given by name ('{key}') and position ({i + 1})")
            values[i] = value
        elif key not in kwonly:
            unknown.append(key)
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError(f"{fname}() missing required argument '{names[i]}' (pos {i + 1})")
    if unknown:
        raise TypeError(f"'{unknown[0]}' is an invalid keyword argument for {fname}()")
    return values + [kwargs.get(k, _MISSING) for k in kwonly]


# ---- infinite iterators ----

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, *args, **kwargs):
        start, step = _keywords("count", args, kwargs, ["start", "step"], 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float)) or hasattr(t, "__index__") or hasattr(t, "__float__") or hasattr(t, "__int__")):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._next
        self._next = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"{type(self).__name__}({self._next!r})"
        return f"{type(self).__name__}({self._next!r}, {self._step!r})"


class repeat:
    """repeat(object[, times]): object, again and again (times times)."""

    def __init__(self, *args, **kwargs):
        obj, times = _keywords("repeat", args, kwargs, ["object", "times"], 1)
        self._object = obj
        self._times = None if times is _MISSING else max(_as_index(times, "times"), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"


def cycle(*args, **kwargs):
    """cycle(iterable): its items, then the same items over and over."""
    (iterable,) = _positional("cycle", args, kwargs, 1)
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


# ---- iterators over their inputs ----

def accumulate(*args, **kwargs):
    """accumulate(iterable, func=None, *, initial=None): running totals (or
    running results of func)."""
    iterable, func, initial = _keywords("accumulate", args, kwargs, ["iterable", "func"], 1, kwonly=("initial",))
    func = None if func is _MISSING else func
    initial = None if initial is _MISSING else initial
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


def chain(*iterables, **kwargs):
    """The items of each iterable in turn."""
    _positional("chain", iterables, kwargs, 0, len(iterables))
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _chain_from_iterable(iterable):
    return _chain(iter(iterable))


chain.from_iterable = _chain_from_iterable


def compress(*args, **kwargs):
    """compress(data, selectors): the items of data whose selector is true."""
    data, selectors = _keywords("compress", args, kwargs, ["data", "selectors"], 2)
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(*args, **kwargs):
    """dropwhile(predicate, iterable): the items from the first one for
    which predicate is false."""
    predicate, iterable = _positional("dropwhile", args, kwargs, 2)
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(*args, **kwargs):
    """takewhile(predicate, iterable): the items until the first one for
    which predicate is false."""
    predicate, iterable = _positional("takewhile", args, kwargs, 2)
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(*args, **kwargs):
    """filterfalse(predicate, iterable): the items for which predicate
    (bool if None) is false."""
    predicate, iterable = _positional("filterfalse", args, kwargs, 2)
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


def starmap(*args, **kwargs):
    """starmap(function, iterable): function(*args) for each args of iterable."""
    function, iterable = _positional("starmap", args, kwargs, 2)
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def pairwise(*args, **kwargs):
    """pairwise(iterable): successive overlapping pairs (a, b), (b, c), ..."""
    (iterable,) = _positional("pairwise", args, kwargs, 1)
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x


def zip_longest(*iterables, **kwargs):
    """Like zip, but runs to the longest input, padding with fillvalue."""
    fillvalue = kwargs.pop("fillvalue", None)
    if kwargs:
        raise TypeError("zip_longest() got an unexpected keyword argument")
    return _zip_longest([iter(i) for i in iterables], fillvalue)


def _zip_longest(its, fillvalue):
    if not its:
        return
    active = len(its)
    done = [False] * len(its)
    while True:
        row = []
        for i, it in enumerate(its):
            if done[i]:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                done[i] = True
                active -= 1
                if not active:
                    return
                row.append(fillvalue)
        yield tuple(row)


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if len(args) < 2:
        raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
    if len(args) > 4:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
    iterable = args[0]
    if len(args) == 2:
        start, stop, step = 0, _slice_arg(args[1], "Stop argument"), 1
    else:
        start = _slice_arg(args[1], "Indices")
        stop = _slice_arg(args[2], "Indices")
        start = 0 if start is None else start
        step = args[3] if len(args) == 4 else None
        if step is None:
            step = 1
        else:
            try:
                step = _as_index(step, "step")
            except TypeError:
                step = 0
            if step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _slice_arg(v, what):
    if v is None:
        return None
    try:
        v = _as_index(v, "")
    except TypeError:
        v = -1
    if not 0 <= v <= _sys.maxsize:
        raise ValueError(f"{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return v


def _islice(it, start, stop, step):
    # Consumes exactly what CPython's islice does: up to the next wanted
    # index, never past `stop`.
    i = 0
    wanted = start
    while True:
        while i < wanted:
            try:
                next(it)
            except StopIteration:
                return
            i += 1
        if stop is not None and i >= stop:
            return
        try:
            v = next(it)
        except StopIteration:
            return
        i += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield v


# ---- groupby ----

class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys.

    A group is a view of the shared input: advancing the groupby itself
    ends the previous group."""

    def __init__(self, *args, **kwargs):
        iterable, key = _keywords("groupby", args, kwargs, ["iterable", "key"], 1)
        key = None if key is _MISSING else key
        self._it = iter(iterable)
        self._keyfunc = key
        self._started = False
        self._done = False
        self._cur_key = self._cur_value = self._tgt_key = None
        # Identifies the current group; older groups see a different one.
        self._group_id = None

    def __iter__(self):
        return self

    def _step(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._done = True
            raise
        self._cur_value = v
        self._cur_key = v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        self._group_id = object()
        if self._done:
            raise StopIteration
        if not self._started:
            self._step()
            self._started = True
        else:
            while self._cur_key == self._tgt_key:
                self._step()
        self._tgt_key = self._cur_key
        return self._cur_key, self._grouper(self._tgt_key, self._group_id)

    def _grouper(self, key, group_id):
        # Every step first checks that the groupby has not moved on.
        if group_id is not self._group_id:
            return
        yield self._cur_value
        while group_id is self._group_id:
            try:
                self._step()
            except StopIteration:
                return
            if self._cur_key != key:
                return
            yield self._cur_value


# ---- tee ----

class _tee:
    """One of tee()'s iterators. All share a singly linked buffer of
    [value, next] cells; each holds the cell it reads next."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            # At the end of what was read: read one more from the source.
            link[0] = next(self._source)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over iterable."""
    args = _positional("tee", args, kwargs, 1, 2, kwname="itertools.tee")
    iterable, n = args if len(args) == 2 else (args[0], 2)
    n = _as_index(n, "n")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    # A tee iterator is itself the first result (as in CPython).
    first = it if isinstance(it, _tee) else _tee(it, [None, None])
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


# ---- combinatorics ----

def product(*iterables, repeat=1):
    """Cartesian product, like nested for-loops (rightmost fastest)."""
    repeat = _as_index(repeat, "repeat")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(len(p) == 0 for p in pools):
        return
    n = len(pools)
    idx = [0] * n
    # The current tuple's items, updated in place as the odometer turns.
    cur = [p[0] for p in pools]
    while True:
        yield tuple(cur)
        k = n - 1
        while k >= 0:
            idx[k] += 1
            if idx[k] < len(pools[k]):
                cur[k] = pools[k][idx[k]]
                break
            idx[k] = 0
            cur[k] = pools[k][0]
            k -= 1
        if k < 0:
            return


def _check_r(r):
    r = _as_index(r, "r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(*args, **kwargs):
    """permutations(iterable, r=None): r-length orderings of the items, in
    lexicographic order of positions."""
    iterable, r = _keywords("permutations", args, kwargs, ["iterable", "r"], 1)
    pool = tuple(iterable)
    if r is _MISSING or r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    else:
        r = _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    # Lexicographic next-permutation over all n positions; reversing the
    # tail beyond r first skips the orderings that differ only there.
    n = len(pool)
    if r > n:
        return
    idx = list(range(n))
    while True:
        yield tuple([pool[i] for i in idx[:r]])
        idx[r:] = idx[r:][::-1]
        i = n - 2
        while i >= 0 and idx[i] > idx[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        while idx[j] < idx[i]:
            j -= 1
        idx[i], idx[j] = idx[j], idx[i]
        idx[i + 1:] = idx[i + 1:][::-1]


def combinations(*args, **kwargs):
    """combinations(iterable, r): r-length subsequences (positions increasing)."""
    iterable, r = _keywords("combinations", args, kwargs, ["iterable", "r"], 2)
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    while True:
        yield tuple([pool[i] for i in idx])
        # The rightmost position that can still move right.
        k = r - 1
        while k >= 0 and idx[k] == n - r + k:
            k -= 1
        if k < 0:
            return
        idx[k] += 1
        for j in range(k + 1, r):
            idx[j] = idx[j - 1] + 1


def combinations_with_replacement(*args, **kwargs):
    """combinations_with_replacement(iterable, r): r-length subsequences
    allowing repeats (positions non-decreasing)."""
    iterable, r = _keywords("combinations_with_replacement", args, kwargs, ["iterable", "r"], 2)
    pool = tuple(iterable)
    return _combinations_wr(pool, _check_r(r))


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r:
        return
    idx = [0] * r
    while True:
        yield tuple([pool[i] for i in idx])
        k = r - 1
        while k >= 0 and idx[k] == n - 1:
            k -= 1
        if k < 0:
            return
        v = idx[k] + 1
        for j in range(k, r):
            idx[j] = v

# Error messages name these as CPython's C implementations do.
_set_type_name(count, "itertools.count")
_set_type_name(repeat, "itertools.repeat")
_set_type_name(groupby, "itertools.groupby")
_set_type_name(_tee, "itertools._tee")
