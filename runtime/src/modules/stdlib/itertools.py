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


# ---- infinite iterators ----

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
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
        if "object" in kwargs:
            args = (kwargs.pop("object"),) + args
        if "times" in kwargs:
            args = args + (kwargs.pop("times"),)
        if kwargs:
            raise TypeError(f"repeat() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
        self._object = args[0]
        self._times = None if len(args) == 1 else max(_as_index(args[1], "times"), 0)

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


def cycle(iterable):
    """cycle(iterable): its items, then the same items over and over."""
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

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
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


def chain(*iterables):
    """The items of each iterable in turn."""
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _chain_from_iterable(iterable):
    return _chain(iterable)


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    """The items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """The items from the first one for which predicate is false."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """The items until the first one for which predicate is false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    """The items for which predicate (bool if None) is false."""
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    """function(*args) for each args of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    """Successive overlapping pairs: (a, b), (b, c), ..."""
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

    def __init__(self, iterable, key=None):
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


def tee(iterable, n=2):
    """n independent iterators over iterable."""
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


_MISSING = object()


def _required(value, fname, name, pos):
    if value is _MISSING:
        raise TypeError(f"{fname}() missing required argument '{name}' (pos {pos})")


def permutations(iterable=_MISSING, r=None):
    """r-length orderings of the items, in lexicographic order of positions."""
    _required(iterable, "permutations", "iterable", 1)
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
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


def combinations(iterable=_MISSING, r=_MISSING):
    """r-length subsequences (positions increasing)."""
    _required(iterable, "combinations", "iterable", 1)
    _required(r, "combinations", "r", 2)
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


def combinations_with_replacement(iterable=_MISSING, r=_MISSING):
    """r-length subsequences allowing repeats (positions non-decreasing)."""
    _required(iterable, "combinations_with_replacement", "iterable", 1)
    _required(r, "combinations_with_replacement", "r", 2)
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
