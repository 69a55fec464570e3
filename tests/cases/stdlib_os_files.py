# Files and directories: mkdir/makedirs/listdir/rename/remove/rmdir/walk/stat,
# in a private directory under /tmp (its name is never printed).
import os

base = "/tmp/pylift_case_os_files_%d" % os.getpid()
os.mkdir(base)


def rel(p):
    return os.path.relpath(p, base)


os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b", "c"), exist_ok=True)
os.makedirs(os.path.join(base, "a", "x"), mode=0o755)
os.mkdir(os.path.join(base, "e"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.islink(base))
print(os.path.exists(os.path.join(base, "nope")), os.path.isdir(os.path.join(base, "nope")), os.path.lexists(base))

for f in [
    lambda: os.makedirs(os.path.join(base, "a", "b")),
    lambda: os.mkdir(os.path.join(base, "e")),
    lambda: os.listdir(os.path.join(base, "nope")),
    lambda: os.rmdir(os.path.join(base, "a")),
    lambda: os.remove(os.path.join(base, "e")),
    lambda: os.remove(os.path.join(base, "nope")),
    lambda: os.rename(os.path.join(base, "nope"), os.path.join(base, "nope2")),
    lambda: os.stat(os.path.join(base, "nope")),
    lambda: os.rmdir(os.path.join(base, "nope")),
    lambda: os.stat(1.5),
    lambda: os.mkdir(None),
]:
    try:
        print(f())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename), e.filename2 and rel(e.filename2), isinstance(e, OSError))
    except TypeError as e:
        print("TypeError", e)

os.rename(os.path.join(base, "e"), os.path.join(base, "f"))
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(rel(root), dirs, files)
print([(rel(r), sorted(d)) for r, d, f in os.walk(base, topdown=False)])
pruned = []
for root, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != "b"]
    pruned.append(rel(root))
print(sorted(pruned))
errors = []
print(list(os.walk(os.path.join(base, "nope"), onerror=errors.append)), [type(e).__name__ for e in errors])

st = os.stat(base)
print(type(st).__name__, len(st), st[0] == st.st_mode, st.st_size >= 0, isinstance(st.st_mtime, float), isinstance(st[8], int))
print(os.path.getsize(base) == st.st_size, os.path.getmtime(base) == st.st_mtime, st == os.stat(base))
print(oct(os.stat(os.path.join(base, "a", "x")).st_mode & 0o777 & ~0o022))
print(os.lstat(base).st_ino == st.st_ino, os.path.samefile(base, base + "/a/.."))
print(os.access(base, os.F_OK), os.access(os.path.join(base, "nope"), os.R_OK))

os.removedirs(os.path.join(base, "a", "b", "c"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
os.rmdir(os.path.join(base, "a", "x"))
os.rmdir(os.path.join(base, "a"))
os.rmdir(os.path.join(base, "f"))
os.rmdir(base)
print(os.path.exists(base))
