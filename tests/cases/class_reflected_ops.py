class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print('  __radd__ with', other)
        return self.__add__(other)
    def __sub__(self, other):
        if isinstance(other, int):
            return Money(self.cents - other)
        return NotImplemented
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __iadd__(self, other):
        print('  __iadd__')
        self.cents += other.cents if isinstance(other, Money) else other
        return self
print(Money(5) + Money(6), Money(5) + 1, 1 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(3), Money(10) - 3)
m = Money(1)
alias = m
m += 5
print(m, alias, m is alias)
try:
    Money(1) + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' + Money(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Money(1) - Money(2)
except TypeError as e:
    print('TypeError:', e)
