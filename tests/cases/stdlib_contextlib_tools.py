# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr,
# ExitStack, ContextDecorator, AbstractContextManager.
import sys
from contextlib import (suppress, closing, nullcontext, redirect_stdout, redirect_stderr, ExitStack,
                        ContextDecorator, AbstractContextManager)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


with suppress(KeyError, IndexError):
    [][1]
with suppress(LookupError):
    {}["x"]
with suppress():
    pass
attempt(lambda: exec("with suppress(KeyError):\n    1 / 0", globals()))
print("suppressed fine")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
with nullcontext(42) as v, nullcontext() as n:
    print(v, n)


class Sink:
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)
        return len(s)

    def flush(self):
        pass


sink = Sink()
with redirect_stdout(sink) as target:
    print("captured", 1, 2)
    print("second", end="!")
print(target is sink, sink.data)
err = Sink()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.data)


class Tracked:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Tracked(n)) for n in "abc"]
    stack.callback(print, "callback", "args", sep="-")
    print(names)

with ExitStack() as stack:
    stack.enter_context(Tracked("outer", suppress=True))
    stack.enter_context(Tracked("inner"))
    raise ValueError("absorbed")
print("after suppressing stack")

stack = ExitStack()
stack.enter_context(Tracked("later"))
moved = stack.pop_all()
stack.close()
print("popped")
moved.close()


def exit_fn(typ, val, tb):
    print("plain exit fn", typ.__name__ if typ else None)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(Tracked("pushed"))
    raise KeyError("k")
print("pushed suppressed")

attempt(lambda: ExitStack().enter_context(object()))


def raiser(exc):
    def cb(*a):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("second")))
        stack.push(raiser(KeyError("first")))
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))


class mycm(ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self

    def __exit__(self, *exc):
        print("deco exit", exc[0])
        return False


@mycm()
def decorated(a, b=2):
    """doc of decorated"""
    print("body", a, b)
    return a + b


print(decorated(1), decorated.__name__, decorated.__doc__)
print(isinstance(Tracked("x"), AbstractContextManager), isinstance(3, AbstractContextManager))
print(issubclass(ExitStack, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
