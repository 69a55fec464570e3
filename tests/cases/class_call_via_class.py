class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
print(Counter.inc(c), Counter.inc(c, 5), c.inc())
f = Counter.inc
print(f(c, 10))
try:
    Counter.inc()
except TypeError as e:
    print('TypeError:', e)
class Child(Counter):
    def inc(self, by=1):
        return Counter.inc(self, by * 100)
k = Child()
print(k.inc(), Counter.inc(k), k.n)
print(str.join('-', ['a', 'b']), list.copy([1, 2]), dict.get({'a': 1}, 'a'))
print(type(Counter.inc).__name__, type(c.inc).__name__)
