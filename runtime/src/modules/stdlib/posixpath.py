"""Path operations for POSIX paths (what `os.path` is on this system).

Pure string functions follow CPython's posixpath results exactly; the ones
that look at the file system go through `posix` (modules/os.rs).
"""

import posix as _posix

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
    "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
    "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
    "expandvars", "normpath", "abspath", "samefile", "samestat",
    "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
    "devnull", "realpath", "supports_unicode_filenames", "relpath",
    "commonpath",
]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _text(p, fname):
    if isinstance(p, str):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is not None:
        r = fspath(p)
        if isinstance(r, str):
            return r
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)


def _texts(fname, *args):
    """join's further arguments as str, with the message
    CPython's argument check gives for a wrong type."""
    out = []
    has_bytes = False
    for a in args:
        if isinstance(a, (bytes, bytearray)):
            has_bytes = True
            continue
        try:
            out.append(_text(a, fname))
        except TypeError:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (fname, type(a).__name__)) from None
    if has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
    return out


def normcase(s):
    return _text(s, "normcase")


def isabs(s):
    return _text(s, "isabs").startswith("/")


def join(a, *p):
    path = _text(a, "join")
    rest = _texts("join", *p)
    for b in rest:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _text(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _text(p, "splitext")
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # A leading run of dots in the name is not an extension.
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _text(p, "splitdrive")
    return p[:0], p


def basename(p):
    p = _text(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _text(p, "dirname")
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = [_text(x, "commonprefix") for x in m]
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_text(p, "commonpath") for p in paths]
    absolute = [p.startswith("/") for p in paths]
    if any(absolute) and not all(absolute):
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split("/") if c and c != "."] for p in paths]
    lo = min(parts)
    hi = max(parts)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ("/" if absolute[0] else "") + "/".join(common)


def normpath(path):
    path = _text(path, "normpath")
    if not path:
        return "."
    # POSIX keeps exactly two leading slashes; one or three-plus become one.
    lead = 0
    if path.startswith("/"):
        lead = 2 if path.startswith("//") and not path.startswith("///") else 1
    out = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part != ".." or (not lead and not out) or (out and out[-1] == ".."):
            out.append(part)
        elif out:
            out.pop()
    result = "/" * lead + "/".join(out)
    return result or "."


def abspath(path):
    path = _text(path, "abspath")
    if not path.startswith("/"):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _text(filename, "realpath")
    resolved = _posix.realpath(filename)
    if resolved is not None:
        return resolved
    if strict:
        _posix.stat(filename, True)
    # A path that does not exist: resolve the longest existing prefix.
    head, tail = split(abspath(filename))
    if head == filename or not tail:
        return abspath(filename)
    return join(realpath(head), tail)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _text(path, "relpath")
    start = curdir if start is None else _text(start, "relpath")
    start_parts = [x for x in abspath(start).split("/") if x]
    path_parts = [x for x in abspath(path).split("/") if x]
    i = 0
    while i < len(start_parts) and i < len(path_parts) and start_parts[i] == path_parts[i]:
        i += 1
    rel = [pardir] * (len(start_parts) - i) + path_parts[i:]
    if not rel:
        return curdir
    return join(*rel)


def expanduser(path):
    path = _text(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        env = _posix.environ()
        if "HOME" in env:
            userhome = env["HOME"]
        else:
            return path
    else:
        name = path[1:i]
        userhome = _home_of(name)
        if userhome is None:
            return path
    userhome = userhome.rstrip("/")
    return (userhome + path[i:]) or "/"


def _home_of(name):
    # The user's entry in /etc/passwd (name:pw:uid:gid:gecos:home:shell).
    try:
        text = _read_text("/etc/passwd")
    except Exception:
        return None
    for line in text.split("\n"):
        fields = line.split(":")
        if len(fields) >= 6 and fields[0] == name:
            return fields[5]
    return None


def _read_text(path):
    import builtins
    with builtins.open(path) as f:
        return f.read()


_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def expandvars(path):
    path = _text(path, "expandvars")
    if "$" not in path:
        return path
    env = _posix.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j] in _WORD):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def _stat(path, follow=True):
    return _posix.stat(_text(path, "stat"), follow)


def exists(path):
    try:
        _stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _stat(path, False)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    try:
        return _stat(s)[0] & _S_IFMT == _S_IFDIR
    except (OSError, ValueError):
        return False


def isfile(path):
    try:
        return _stat(path)[0] & _S_IFMT == _S_IFREG
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _stat(path, False)[0] & _S_IFMT == _S_IFLNK
    except (OSError, ValueError, AttributeError):
        return False


def ismount(path):
    try:
        st = _stat(path, False)
    except (OSError, ValueError):
        return False
    if st[0] & _S_IFMT == _S_IFLNK:
        return False
    parent = join(_text(path, "ismount"), pardir)
    try:
        pst = _stat(parent, False)
    except (OSError, ValueError):
        return False
    return st[2] != pst[2] or st[1] == pst[1]


def getsize(filename):
    return _stat(filename)[6]


def getatime(filename):
    return _stat(filename)[10]


def getmtime(filename):
    return _stat(filename)[11]


def getctime(filename):
    return _stat(filename)[12]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a, b = _stat(f1), _stat(f2)
    return a[1] == b[1] and a[2] == b[2]
