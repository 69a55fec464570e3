# Ranges with bounds (or lengths) beyond 64 bits: every range operation in
# big-int arithmetic, iteration item by item.
r = range(2**70, 2**70 + 10, 3)
print(r, len(r), list(r), r[-1], r[1:3], r[::-1], r[5:1:-1], list(reversed(r)))
print(2**70 + 3 in r, 2**70 + 4 in r, 5 in r, r.index(2**70 + 6), r.count(2**70 + 9), r.start, r.stop, r.step)
print(range(0, 2**70)[2**69], range(-2**70, 0, 2**68), list(range(-2**70, 0, 2**68)))
print(range(2**70) == range(2**70), range(2**70, 2**70) == range(0), range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 5))
print(bool(range(2**70, 2**70)), bool(range(2**70)), range(0, 2**70, 2**35)[-1])
try:
    len(range(2**70))
except OverflowError as e:
    print("OverflowError", e)
try:
    range(2**70)[2**70]
except IndexError as e:
    print("IndexError", e)
for i in range(2**63 - 2, 2**63 + 2):
    print(i)
s = 0
for i in range(2**65, 2**65 + 3000):
    s += i
print(s)
print(range(10)[2**70:], range(10)[-2**70:3])
print(sum(range(2**62, 2**62 + 10)), [x for x in range(-2**64 - 1, -2**64 + 2)])
