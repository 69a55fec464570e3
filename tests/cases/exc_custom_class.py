class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(f'{name} not found')
        self.name = name
        self.code = code
class Weird(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __str__(self):
        return f'Weird<{self.a},{self.b}>'
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.name, e.code, repr(e))
try:
    raise Weird(1, 2)
except Weird as e:
    print(str(e), e.args, e.a + e.b)
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise AppError('a', 2, None)
except Exception as e:
    print(e, repr(e), e.args)
class WithDefault(ValueError):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault()
except ValueError as e:
    print(e, isinstance(e, WithDefault), isinstance(e, Exception))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
e = NotFound('x', 500)
print(e.code, e.args)
