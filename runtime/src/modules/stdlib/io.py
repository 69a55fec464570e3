"""The io module: open() and the file classes come from the runtime (`_io`,
modules/io.rs); the in-memory streams StringIO and BytesIO and the abstract
base classes are here.

Both in-memory streams keep their contents with a position; StringIO counts
positions in characters and applies its `newline` translation on write
(the buffer holds translated text, as CPython's does).
"""

import abc
from operator import index as _index
from _io import (open, UnsupportedOperation, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 FileIO, SEEK_SET, SEEK_CUR, SEEK_END, DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

BlockingIOError = BlockingIOError


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _IOBase:
    """What every in-memory stream shares: closing, with, iteration, lines."""

    __module__ = "_io"
    _closed = False

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._checkClosed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def detach(self):
        raise UnsupportedOperation("detach")


class _TextIOBase(_IOBase):
    __module__ = "_io"


class _BufferedIOBase(_IOBase):
    __module__ = "_io"


_NEWLINES = (None, "", "\n", "\r", "\r\n")


def _init_args(cname, names, defaults, args, kwargs):
    """Binds a C-style constructor's arguments with CPython's messages."""
    if len(args) > len(names):
        most = len(names)
        raise TypeError(f"{cname}() takes at most {most} argument{'s' if most != 1 else ''} ({len(args)} given)")
    values = list(args) + list(defaults[len(args):])
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{key!r} is an invalid keyword argument for {cname}()")
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for {cname}() given by name ({key!r}) and position ({i + 1})")
        values[i] = value
    return values


class StringIO(_TextIOBase):
    """A text stream in memory."""

    __module__ = "_io"

    def __init__(self, *args, **kwargs):
        initial_value, newline = _init_args("StringIO", ("initial_value", "newline"), ("", "\n"), args, kwargs)
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in _NEWLINES:
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._seen = 0  # bits: 1 "\r", 2 "\n", 4 "\r\n" (the newlines attribute)
        self._text = ""
        # Appends at the end are collected here and joined when read, so
        # many small writes stay linear.
        self._tail = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._tail:
            self._text += "".join(self._tail)
            self._tail = []
        return self._text

    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == "":
            # Universal newlines: record the kinds seen; None also
            # translates them to "\n".
            if "\r" in s:
                crlf = s.count("\r\n")
                if crlf:
                    self._seen |= 4
                if s.count("\r") > crlf:
                    self._seen |= 1
                if s.count("\n") > crlf:
                    self._seen |= 2
                return s if nl == "" else s.replace("\r\n", "\n").replace("\r", "\n")
            if "\n" in s:
                self._seen |= 2
            return s
        if nl == "\r" or nl == "\r\n":
            return s.replace("\n", nl)
        return s

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if self._pos == self._size:
            self._tail.append(s)
            self._size += len(s)
            self._pos = self._size
            return n
        text = self._value()
        if self._pos > self._size:
            text += "\0" * (self._pos - self._size)
        end = self._pos + len(s)
        self._text = text[:self._pos] + s + text[end:]
        self._size = len(self._text)
        self._pos = end
        return n

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._value()
        start = self._pos
        if start >= self._size:
            return ""
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = end
        return text[start:end]

    def _line_end(self, text, start):
        """The index just past the line starting at `start`."""
        nl = self._newline
        if nl == "":
            i = start
            while i < self._size:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text.startswith("\n", i + 1) else i + 1
                i += 1
            return self._size
        term = "\n" if nl is None else nl
        i = text.find(term, start)
        return self._size if i < 0 else i + len(term)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._value()
        start = self._pos
        if start >= self._size:
            return ""
        end = self._line_end(text, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            # (CPython 3.11's message says "cur" here too.)
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = self._size
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._size:
            self._text = self._value()[:size]
            self._size = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def close(self):
        self._closed = True
        self._text = ""
        self._tail = []

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        self._check()
        if self._newline not in (None, "") or not self._seen:
            return None
        kinds = tuple(k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit)
        return kinds[0] if len(kinds) == 1 else kinds


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO(_BufferedIOBase):
    """A binary stream in memory."""

    __module__ = "_io"

    def __init__(self, *args, **kwargs):
        (initial_bytes,) = _init_args("BytesIO", ("initial_bytes",), (b"",), args, kwargs)
        self._buf = bytearray(_bytes_like(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def write(self, b):
        self._checkClosed()
        b = _bytes_like(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(bytes(pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        start = self._pos
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        if start >= end:
            return b""
        self._pos = end
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed()
        size = _size_arg(size)
        start = self._pos
        if start >= len(self._buf):
            return b""
        i = self._buf.find(b"\n", start)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def readinto(self, buffer):
        self._checkClosed()
        if not isinstance(buffer, bytearray):
            raise TypeError(f"readinto() argument must be read-write bytes-like object, not {type(buffer).__name__}")
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._checkClosed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __iter__(self):
        # (Unlike StringIO, CPython's BytesIO checks closed-ness only in next().)
        return self

    def close(self):
        self._closed = True


# The abstract classes isinstance() checks accept: the runtime's file
# objects and the in-memory streams are registered with them.
class IOBase(_IOBase, metaclass=abc.ABCMeta):
    __module__ = "io"


class RawIOBase(IOBase):
    __module__ = "io"


class BufferedIOBase(_BufferedIOBase, IOBase):
    __module__ = "io"


class TextIOBase(_TextIOBase, IOBase):
    __module__ = "io"


RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls
