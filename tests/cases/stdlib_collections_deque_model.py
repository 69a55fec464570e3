# collections.deque checked against a list model under pseudo-random operations, for each maxlen.
from collections import deque
# Deterministic pseudo-random ops compared against a list model.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
for maxlen in (None, 0, 1, 5, 40):
    d = deque(maxlen=maxlen); m = []
    for step in range(3000):
        op = rnd(9)
        if op == 0:
            d.append(step); m.append(step)
        elif op == 1:
            d.appendleft(step); m.insert(0, step)
        elif op == 2 and m:
            assert d.pop() == m.pop()
        elif op == 3 and m:
            assert d.popleft() == m.pop(0)
        elif op == 4:
            k = rnd(7) - 3; d.rotate(k)
            if m:
                k %= len(m); m[:] = m[-k:] + m[:-k] if k else m
        elif op == 5 and m:
            i = rnd(len(m)); assert d[i] == m[i]; d[i] = -step; m[i] = -step
        elif op == 6 and m:
            i = rnd(len(m)); del d[i]; del m[i]
        elif op == 7:
            d.extend([step, step + 1]); m.extend([step, step + 1])
        elif op == 8:
            d.extendleft([step, step + 1]); m[0:0] = [step + 1, step]
        if maxlen is not None:
            if op in (0, 7):
                m = m[-maxlen:] if maxlen else []
            elif op in (1, 8):
                m = m[:maxlen]
        assert list(d) == m, (maxlen, step, op, list(d), m)
        assert len(d) == len(m)
print("ok")
