# Metaclasses, __init_subclass__ and __prepare__.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def describe(cls):
        return f"{cls.__name__} made by {cls.created_by}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Plugin(metaclass=Registry):
    pass
class Audio(Plugin):
    def play(self):
        return "playing"
print(Registry.classes, type(Plugin).__name__, type(Audio) is Registry, isinstance(Audio, Registry), isinstance(Audio, type))
print(Audio.created_by, Audio.initialized, Audio.describe(), Audio.upper_name, Audio().play())
print(type(Audio()).__name__, Audio.__class__.__name__, hasattr(Audio(), "describe"))

class Seq(type):
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, i):
        return cls.items[i]
    def __contains__(cls, x):
        return x in cls.items
    def __repr__(cls):
        return f"<Seq {cls.__name__}>"
    def __call__(cls, *args):
        print("calling", cls.__name__, args)
        return super().__call__(*args)

class Digits(metaclass=Seq):
    items = [3, 1, 4]
    def __init__(self, x=0):
        self.x = x
print(list(Digits), len(Digits), Digits[1], 4 in Digits, 5 in Digits, repr(Digits), str(Digits), [Digits])
d = Digits(7)
print(d.x, sorted(Digits), max(Digits))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
a, b = Config(), Config()
print(a is b)

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class WithPrep(metaclass=Ordered, option=1):
    x = 1
print(WithPrep.prepared, WithPrep.x)

class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.subclasses, A.tag, B.tag)
try:
    class C(Base, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(object, flag=1): pass
except TypeError as e:
    print("TypeError:", e)

# type(name, bases, ns) with a metaclass, and a metaclass conflict.
Made = Registry("Made", (), {"v": 5})
print(type(Made).__name__, Made.v, Made.describe())
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)

# A function as metaclass is just called.
def as_dict(name, bases, ns):
    return {k: v for k, v in ns.items() if not k.startswith("__")}
class NotAClass(metaclass=as_dict):
    a = 1
    b = 2
print(NotAClass)
