# contextlib.contextmanager: entry/exit order, exceptions thrown into the
# generator, suppression, RuntimeErrors for misbehaving generators, and use
# as a decorator.
from contextlib import contextmanager


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


log = []


@contextmanager
def tag(name):
    """Wraps output in a tag."""
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("a") as t:
    log.append(t)
print(log, tag.__name__, tag.__doc__, tag("x").__doc__)
log.clear()
with tag("outer"), tag("inner") as t2:
    log.append(t2)
print(log)
log.clear()
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e, log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["missing"]
print("after swallow")
attempt(lambda: exec("with swallow(KeyError):\n    raise TypeError('not me')", globals()))


@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("transformed") from e


try:
    with transform():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, repr(e.__cause__))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield


def use(cm, exc=None):
    with cm:
        if exc:
            raise exc
    return "done"


attempt(lambda: use(no_yield()))
attempt(lambda: use(two_yields()))
attempt(lambda: use(keeps_going(), ValueError("v")))


@contextmanager
def passthrough():
    yield


def stop_inside():
    with passthrough():
        raise StopIteration("inner stop")


attempt(stop_inside)


@contextmanager
def counted(counter):
    counter.append("enter")
    yield
    counter.append("exit")


calls = []


@counted(calls)
def work(x):
    calls.append(x)
    return x * 2


print(work(1), work(2), calls, work.__name__)


@contextmanager
def value_of(v):
    yield v


with value_of([1, 2]) as a, value_of({"k": 3}) as b:
    print(a, b)
cm = value_of(5)
print(cm.__enter__(), cm.__exit__(None, None, None))
attempt(lambda: cm.__enter__())
cm2 = passthrough()
cm2.__enter__()
print(cm2.__exit__(KeyError, None, None))
