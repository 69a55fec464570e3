import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-2.5), operator.inv(5))
print(operator.lshift(1, 4), operator.rshift(64, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]))
print(operator.getitem({"k": 1}, "k"), operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst, operator.iadd(lst, [4]), lst, operator.iadd(1, 2))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(slice(1, None))("xyz"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(repr(itemgetter(1, "k")), repr(attrgetter("x", "y.z")), repr(methodcaller("split", ",", maxsplit=1)))

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
n = Node("root", Node("leaf"))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("name", "child.name")(n))
try:
    attrgetter("missing")(n)
except AttributeError as e:
    print("AttributeError", e)
print(methodcaller("upper")("abc"), methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("get", "z", 0)({}))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.call(max, 3, 9))
people = [Node("zed"), Node("amy"), Node("bob")]
print([p.name for p in sorted(people, key=attrgetter("name"))])
