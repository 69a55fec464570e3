# slice objects (attributes, indices) and frozenset.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(1, 2).step)
for length in [0, 3, 5, 20]:
    print(length, s.indices(length), slice(None, None, -1).indices(length), slice(-3, None).indices(length), slice(-100, 100, 3).indices(length))
t(lambda: slice(None, None, 0).indices(3))
t(lambda: s.indices(-1))
t(lambda: s.indices('x'))
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: hash(slice(1)))
t(lambda: list(range(10))[slice(2, 8, 3)])
t(lambda: 'abcdef'[slice(None, None, -2)])
t(lambda: range(*slice(1, 9, 2).indices(6)))
class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return ('index', k)
t(lambda: (Seq()[1:2], Seq()[::3], Seq()[5], Seq()[1:2, 3]))
fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs, fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 5}, type(fs | {4}).__name__)
print(hash(fs) == hash(frozenset([1, 2, 3])), {fs: 'v'}[frozenset({1, 2, 3})], fs == {1, 2, 3}, frozenset() == frozenset([]))
print(fs.issubset({1, 2, 3, 4}), fs.issuperset({1}), fs.isdisjoint({7}), fs.union([9]), fs.copy() == fs, sorted(fs))
t(lambda: fs.add(4))
print(repr(frozenset()), frozenset('aab') == frozenset('ab'), {frozenset([1]), frozenset([1])})
