# os.environ as a mapping, getenv, putenv/unsetenv, process facts, OSError.
import os

os.environ["PYLIFT_CASE_VAR"] = "value"
print(os.environ["PYLIFT_CASE_VAR"], os.getenv("PYLIFT_CASE_VAR"), "PYLIFT_CASE_VAR" in os.environ)
print(os.getenv("PYLIFT_CASE_MISSING"), os.getenv("PYLIFT_CASE_MISSING", "dflt"), os.environ.get("PYLIFT_CASE_MISSING", 3))
print(os.environ.setdefault("PYLIFT_CASE_VAR", "other"), os.environ.setdefault("PYLIFT_CASE_NEW", "n"))
os.environ.update({"PYLIFT_CASE_A": "1"}, PYLIFT_CASE_B="2")
print(sorted(k for k in os.environ if k.startswith("PYLIFT_CASE")))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith("PYLIFT_CASE")))
print(os.environ.pop("PYLIFT_CASE_A"), os.environ.pop("PYLIFT_CASE_A", "gone"))
del os.environ["PYLIFT_CASE_B"]
print("PYLIFT_CASE_B" in os.environ, os.getenv("PYLIFT_CASE_B"))
copy = os.environ.copy()
print(type(copy).__name__, copy["PYLIFT_CASE_VAR"], len(copy) == len(os.environ))
os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("x~"), os.path.expanduser("~nosuchuser_zz/a"))
print(os.path.expandvars("$PYLIFT_CASE_VAR/${PYLIFT_CASE_VAR}/$PYLIFT_CASE_MISSING/${PYLIFT_CASE_MISSING}/$/${x $PYLIFT_CASE_VAR"))
for f in [lambda: os.environ["PYLIFT_CASE_MISSING"], lambda: os.environ.__setitem__("K", 1),
          lambda: os.environ.__setitem__(1, "v"), lambda: os.environ.pop("PYLIFT_CASE_MISSING")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(0)).__name__)
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(os.error is OSError)

print(OSError(2, "x"), OSError(1, "x", "f", None, "g"), OSError("plain"), OSError(), repr(OSError(2, "msg")))
e = FileNotFoundError(2, "No such file or directory", "f.txt")
print(e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = PermissionError("just text")
print(e, e.args, e.errno, e.strerror, e.filename)
e = OSError(5, "five", "a", None, "b")
print(e.args, e.filename2, str(e))
print(issubclass(FileExistsError, OSError), issubclass(IsADirectoryError, OSError))


class MyErr(OSError):
    pass


try:
    raise MyErr(22, "Invalid argument", "p")
except OSError as err:
    print(type(err).__name__, err, err.errno)
