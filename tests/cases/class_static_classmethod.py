class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(['mozzarella', 'tomato'])
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.toppings})'
class Special(Pizza):
    pass
print(Pizza.margherita(), Special.margherita())
print(Pizza.how_many(), Special.how_many(), Pizza.area(2), Pizza([]).area(1))
p = Pizza(['ham'])
print(p.how_many(), Pizza.count, Special.count)
f = Pizza.area
print(f(3))
g = Special.margherita
print(g())
