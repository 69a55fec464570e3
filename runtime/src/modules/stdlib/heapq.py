"""Binary min-heaps stored in lists: heap[k] <= heap[2k+1] and heap[2k+2]."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f"{fname} must be list, not {type(heap).__name__}")


def _sift_up(heap, pos):
    """Moves heap[pos] towards the root while it is smaller than its parent."""
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Moves heap[pos] down, swapping with its smaller child, until in place."""
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    _check_list(heap, "heappush() argument 1")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    _check_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return top


def heapreplace(heap, item, /):
    """Pops the smallest item, then pushes item (the heap never shrinks)."""
    _check_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Pushes item, then pops the smallest item (faster than both)."""
    _check_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x, /):
    _check_list(x, "heapify() argument")
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, pos)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (ties in input order)."""
    if n <= 0:
        return []
    # sorted() is stable, which gives the documented tie order.
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (ties in input order)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (stable: earlier inputs
    win ties)."""
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append(_MergeEntry(value if key is None else key(value), order, value, it, reverse))
            break
    heapify(heap)
    return _merge(heap, key)


class _MergeEntry:
    __slots__ = ("k", "order", "value", "it", "reverse")

    def __init__(self, k, order, value, it, reverse):
        self.k = k
        self.order = order
        self.value = value
        self.it = it
        self.reverse = reverse

    def __lt__(self, other):
        if self.k == other.k or self.k is other.k:
            return self.order < other.order
        return other.k < self.k if self.reverse else self.k < other.k


def _merge(heap, key):
    while heap:
        top = heap[0]
        yield top.value
        for value in top.it:
            top.value = value
            top.k = value if key is None else key(value)
            heapreplace(heap, top)
            break
        else:
            heappop(heap)
