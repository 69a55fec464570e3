# collections.namedtuple: construction errors, defaults, _make/_replace/_asdict, tuple behaviour.
from collections import namedtuple
P = namedtuple('Pt', 'x y z')
for a, k in [((1,2,3,4),{}), ((1,),{}), ((),{}), ((1,2),{}), ((1,2,3),{'w':1}), ((1,2,3),{'x':1})]:
    try: P(*a, **k)
    except Exception as e: print(type(e).__name__, e)
Q = namedtuple('Q', ['a','b'], defaults=[5])
print(Q(1), Q._field_defaults, Q._fields, Q.__doc__, Q.__module__)
try: Q._make([1])
except Exception as e: print(type(e).__name__, e)
try: Q(1)._replace(c=3)
except Exception as e: print(type(e).__name__, e)
for bad in ['1a', 'a a', 'def', '_x']:
    try: namedtuple('X', bad)
    except Exception as e: print(type(e).__name__, e)
print(namedtuple('X', 'a def _b', rename=True)._fields)
try: namedtuple('1X', 'a')
except Exception as e: print(type(e).__name__, e)
q = Q(1,2)
try: q.a = 3
except Exception as e: print(type(e).__name__, e)
print(q._asdict(), type(q._asdict()))
print(Q.__match_args__, Q.__slots__)
try: namedtuple('X', 'a', defaults=[1,2])
except Exception as e: print(type(e).__name__, e)
p = P(1, 2, z=3)
print(p, p.x, p.y, p.z, p[0], p[-1], p[:2], len(p), list(p))
x, y, z = p
print(x, y, z, p == (1, 2, 3), (1, 2, 3) == p, hash(p) == hash((1, 2, 3)), isinstance(p, tuple))
print(p._replace(y=20), P._make([4, 5, 6]), Q(b=1, a=2))
print(repr(P), type(p).__name__, p + (4,), p * 2, sorted([P(3,2,1), P(1,2,3)]))
print({p: 1}[(1, 2, 3)], p.count(1), p.index(2), max(p))
R = namedtuple('R', 'a, b')
print(R(1, [2]), R._fields)
class S(namedtuple('S', 'a b')):
    def total(self): return self.a + self.b
s = S(1, 2)
print(s, s.total(), S.__mro__[1].__name__)
print(Q.a.__doc__)
print(Q.a, type(Q.a), type(Q.a).__name__, Q.b.__doc__)
try:
    del q.a
except AttributeError as e:
    print("AttributeError", e)
