# sys: version_info, float_info, argv, streams, recursion limit, intern.
import sys

print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info.releaselevel, type(sys.version_info).__name__, isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.version_info < (4,), sys.version_info > (3, 11, 0, 'alpha'), sys.version.startswith('3.11'))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info[0] == sys.float_info.max)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(sys.argv, type(sys.path).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print(type(sys.executable).__name__, len(sys.executable) > 0)
s = sys.intern('hello' + str(1))
print(s, s is sys.intern('hello1'))
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) < 60)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.write('written\n'), sys.stdout.encoding, sys.stdout.mode, sys.stdin.mode, sys.stderr.errors, sys.stdout.name)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
sys.stdout.writelines(['a', 'b\n'])
sys.stdout.flush()
print('flushed', flush=True)
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
sys.stderr.write('err line\n')
print(sys.stdin.read(), sys.stdin.readline() == '', sys.stdin.readlines(), list(sys.stdin))
try:
    input()
except EOFError as e:
    print('EOFError', e)
try:
    input('prompt: ')
except EOFError as e:
    print('EOFError', e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.stdin.write('x')
except Exception as e:
    print(type(e).__name__, e)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = Capture()
print('captured', 1, 2)
print('more', end='!', flush=True)
cap, sys.stdout = sys.stdout, old
print(cap.parts)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
sys.exit('fatal: done')
