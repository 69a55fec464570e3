class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(AppError):
    def __str__(self):
        return "not found: " + ", ".join(map(str, self.args))

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if not isinstance(user.get("age"), int):
        raise ValidationError("age", "must be int")
    if user["age"] < 0:
        raise ValueError("negative age")
    return True

for u in [{"name": "a", "age": 3}, {}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]:
    try:
        validate(u)
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except AppError:
        print("app")
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("valid", u)
    finally:
        print("checked")

e = NotFound("x", 42)
print(str(e), repr(e), e.args)
print(repr(AppError()), str(AppError()), repr(AppError("m")), repr(ValueError("a", 2)), str(ValueError("a", 2)))
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException), issubclass(NotFound, ValidationError))

def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise KeyError("one")
        return "other"
    except KeyError as ex:
        return f"caught {ex!r}"
    finally:
        print(f"finally {n}")
print(f(0), f(1), f(2))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)

try:
    raise TypeError("bad") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)

errors = []
for op in [lambda: 1 / 0, lambda: [][1], lambda: {}["a"], lambda: int("x"), lambda: None.foo,
           lambda: undefined_name, lambda: "a" + 1, lambda: 1 + "a", lambda: [1, 2].index(3),
           lambda: 10 % 0, lambda: 2.0 // 0, lambda: int("12", 2), lambda: float("abc"),
           lambda: chr(-1), lambda: (1, 2)[5], lambda: "abc"[10], lambda: len(5), lambda: iter(5),
           lambda: next(iter([])), lambda: {1, 2}.remove(3), lambda: "x" * 1.5, lambda: [1] * "a",
           lambda: sum(["a", "b"]), lambda: abs("x"), lambda: hash([]), lambda: {[]: 1},
           lambda: divmod(1, 0), lambda: pow(0, -1), lambda: 1 << -1, lambda: ord("ab"),
           lambda: max([]), lambda: min(()), lambda: int(None), lambda: list(1), lambda: tuple(None),
           lambda: dict([1]), lambda: "a" < 1, lambda: [] < (), lambda: None > None, lambda: -"a",
           lambda: ~1.5, lambda: round("x"), lambda: range(1.5), lambda: "abc".split(""),
           lambda: getattr(1, "nope"), lambda: object().x, lambda: "{".format(), lambda: int("1_"),
           lambda: 5 .real.imag.foo, lambda: [].remove(1), lambda: math_missing.pi]:
    try:
        op()
        print("no error")
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        pass
try:
    deep(10)
except LookupError as e:
    print("caught", e)

try:
    raise AppError
except AppError as e:
    print("bare class ->", repr(e))
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
x = 5
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
print(ExceptionGroup if False else "done")
