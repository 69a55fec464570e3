# os.path string functions (posixpath), and the ways to import it.
import os
import os.path
import posixpath
from os import path
from os.path import join, splitext

print(os.path is path, path is posixpath, join("a", "b"), splitext("x.py"))
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)

cases = ["", "/", "//", "///", "a", "a/", "/a/b/", "a//b", "/a/./b/../c", "../x/..", "./.",
         "a/b/../../..", "//a//b", "///a", "foo.tar.gz", ".bashrc", "a/.b.c", "..", "a/b.",
         "/x/y.z/", "...", "a/..b", "/..", "/../a", "x/./y/", "~/f.txt"]
for p in cases:
    print(repr(p), path.split(p), path.splitext(p), repr(path.basename(p)), repr(path.dirname(p)))
    print("   ", repr(path.normpath(p)), path.isabs(p), path.splitdrive(p), path.normcase(p))

print(path.join("/a", "b", "/c", "d"), path.join("a", ""), path.join("", "b"), path.join("a/", "b"), path.join("a"))
print(path.join("a", "b/", "c"), path.join("/", "x"), path.join("a", "", "", "b"))
print(path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(path.commonprefix([])), path.commonprefix(["abc"]))
print(path.commonprefix([["a", "b"], ["a", "c"]]))
print(path.commonpath(["/usr/lib", "/usr/local"]), path.commonpath(["a/b", "a/c/d"]), path.commonpath(["/a/b/", "/a/b"]))
print(path.relpath("/a/b/c", "/a/d"), path.relpath("/a", "/a"), path.relpath("/x/y", "/"), path.relpath("/", "/x/y"))
print(path.abspath("/a/../b"), path.abspath("/x/./y//z/"), path.abspath("x") == path.join(os.getcwd(), "x"))
print(path.relpath(path.join(os.getcwd(), "sub", "f")), path.relpath("q/r", "q"))

for f in [lambda: path.commonpath([]), lambda: path.commonpath(["/a", "b"]), lambda: path.relpath(""),
          lambda: path.join("a", 5), lambda: path.join(5), lambda: path.basename(None), lambda: path.join("a", b"b")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(path.join(P("a"), P("b")), path.basename(P("/x/y")), os.fspath(P("z")), os.fspath("s"), os.fspath(b"b"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
