vals = [0, 1, -1, 0.0, 0.1, -0.0, '', 'a', ' ', [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 2**100, float('nan')]
for v in vals:
    print(repr(v), bool(v), not v, not not v)
print(not None, not 0 == 1, (not 0) == 1)
print(bool(), bool(bool))
