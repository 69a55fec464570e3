class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return self.name + ' is a ' + self.kind + ': ' + self.speak()
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return self.name + ' barks'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' softly'
class Cat(Animal):
    pass
for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(a.describe())
print(Puppy.kind, Cat.kind, Puppy.__name__, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(Puppy('p'), Dog))
