class Box:
    def __init__(self):
        self.items = {"a": [1, 2]}

    def get(self, key, i):
        return self.items[key][i] + 1

b = Box()
print(b.get("a", 1))
print(b.get("a", 5))
