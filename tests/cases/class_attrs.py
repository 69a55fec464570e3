class Dog:
    species = 'canis'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('a')
b = Dog('b')
print(a.species, b.species, Dog.species)
a.species = 'own'
print(a.species, b.species, Dog.species)
Dog.species = 'changed'
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
print('name' in a.__dict__, a.__dict__)
class Config:
    debug = False
    level = 1
Config.level += 1
Config.extra = 'added'
print(Config.level, Config.extra, Config.debug)
c = Config()
print(c.level, c.extra)
