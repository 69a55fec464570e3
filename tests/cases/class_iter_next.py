class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in CountDown(3):
    print(n)
c = CountDown(2)
print(next(c), next(c), next(c, 'done'))
print(list(CountDown(5)), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
print(dict(zip(Range2(3), CountDown(3))))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 5:
        pass
except TypeError as e:
    print('TypeError:', e)
