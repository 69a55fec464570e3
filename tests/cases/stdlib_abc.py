# abc: abstract methods block instantiation; register() and
# __subclasshook__ feed isinstance/issubclass through ABCMeta's hooks.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


attempt(lambda: Shape())
attempt(lambda: Half())
print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))


class Props(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Props.__abstractmethods__), Props.__dict__["name"].__isabstractmethod__)
attempt(lambda: Props())


class Impl(Props):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 0


print(Impl.make().name, Impl.helper())


class Old(ABC):
    @abc.abstractproperty
    def p(self):
        return 1

    @abc.abstractclassmethod
    def c(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def s():
        return 2


print(sorted(Old.__abstractmethods__), Old.c(), Old.s(), type(Old.__dict__["p"]).__name__)
attempt(lambda: Old())


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(Sized, Sized))


class Drawable(ABC):
    pass


@Drawable.register
class Circle:
    pass


print(Circle.__name__, isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Circle.__mro__)
Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance("s", Drawable), issubclass(bool, Drawable))
print(isinstance(5, (str, Drawable)), issubclass(int, (Shape, Drawable)))
attempt(lambda: Drawable.register(5))
attempt(lambda: issubclass(5, Drawable))
attempt(lambda: Shape.register(Shape))


class SubDrawable(Drawable):
    pass


SubDrawable.register(float)
print(isinstance(1.5, Drawable), isinstance(1.5, SubDrawable), isinstance(5, SubDrawable))
print(isinstance(abc.get_cache_token(), int))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is str


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance("x", Magic), issubclass(str, Magic), issubclass(int, Magic))
print(type.__instancecheck__(Magic, Magic()), type.__subclasscheck__(Magic, Magic))


class Later(ABC):
    @abstractmethod
    def go(self):
        ...


Later.go = lambda self: "went"
abc.update_abstractmethods(Later)
print(Later().go(), Later.__abstractmethods__)
print(abc.ABC.__subclasshook__(int), object.__subclasshook__(list), Shape.__subclasshook__(Square))
