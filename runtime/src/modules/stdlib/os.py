"""Operating-system interfaces (the POSIX part of CPython's `os`).

System calls are in the Rust module `posix` (modules/os.rs); `os.path` is
`posixpath`, registered as the submodule `os.path` as CPython does.
"""

import sys
import posix as _posix
import posixpath as path
from posix import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename,
                   replace, chmod, readlink, getpid, cpu_count, strerror, urandom,
                   access, putenv, unsetenv, F_OK, R_OK, W_OK, X_OK)

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def getcwdb():
    return getcwd().encode()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    conv = getattr(type(p), "__fspath__", None)
    if conv is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = conv(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


class PathLike:
    """Base for classes whose instances stand for file system paths."""

    def __fspath__(self):
        raise NotImplementedError


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime")


class stat_result:
    """The result of os.stat: a 10-item sequence (times as ints) whose
    attributes also give the float and nanosecond times."""

    n_sequence_fields = 10

    def __init__(self, fields):
        self._seq = tuple(fields[:10])
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
         self.st_gid, self.st_size) = fields[:7]
        self.st_atime, self.st_mtime, self.st_ctime = fields[10:13]
        self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = fields[13:16]

    def __getitem__(self, i):
        return self._seq[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._seq)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._seq == other._seq
        return self._seq == other

    def __hash__(self):
        return hash(self._seq)

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(_STAT_FIELDS, self._seq))
        return "os.stat_result(" + parts + ")"


def stat(p, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(p, follow_symlinks))


def lstat(p, *, dir_fd=None):
    return stat_result(_posix.stat(p, False))


class _Environ:
    """os.environ: a str -> str mapping whose changes reach the process
    environment (so child lookups through getenv see them)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data[key]
        unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        items = ", ".join("%r: %r" % (k, v) for k, v in self._data.items())
        return "environ({" + items + "})"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in reversed(list(self._data)):
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): dictionary is empty")

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new


environ = _Environ(_posix.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        # Make the missing parents first; a parent made concurrently is fine.
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for the tree under top, in the
    order the system lists each directory (a topdown caller may prune
    dirnames in place)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        below = [path.join(top, d) for d in dirs]
        for new_path in below:
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
