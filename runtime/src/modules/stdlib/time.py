"""Time access and conversions. The clocks and the C library's calendar
functions are `_time` (Rust); struct_time and the conversions are here."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time,
                   process_time_ns, sleep, timezone, daylight)
import _time

altzone = timezone - 3600 if daylight else timezone
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The nine fields of a broken-down time; tm_zone and tm_gmtoff are
    attributes only, as in CPython."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, values, extra=None):
        values = tuple(values)
        if not 9 <= len(values) <= 11:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(values))
        self = tuple.__new__(cls, values[:9])
        self._extra = tuple(values[9:]) + (None,) * (11 - len(values))
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (f, v) for f, v in zip(_FIELDS, self))

    def __reduce__(self):
        return struct_time, (tuple(self),)


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def _fields(t, name):
    if t is None:
        return tuple(localtime())
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name if name != "strftime" else "function takes exactly 9 arguments (%d given)" % len(t))
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return tuple(t)


def mktime(t):
    return _time.mktime(_fields(t, "mktime"))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    fields = _fields(t, "strftime")
    if t is not None:
        _check_ranges(fields)
    return _time.strftime(format, fields)


def _check_ranges(f):
    if not 1 <= f[1] <= 12 and f[1] != 0:
        raise ValueError("month out of range")
    if not 1 <= f[2] <= 31 and f[2] != 0:
        raise ValueError("day of month out of range")
    if not 0 <= f[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= f[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= f[5] <= 61:
        raise ValueError("seconds out of range")
    if not 1 <= f[7] <= 366 and f[7] != 0:
        raise ValueError("day of year out of range")


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    f = _fields(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[f[6] % 7], _MONTHS[(f[1] - 1) % 12], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return asctime(localtime(secs))

