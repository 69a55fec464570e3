class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f'cell {key} out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
print(len(g), g[0, 0], g[(1, 2)])
g[1, 1] = 'X'
g[0, 2] = 'O'
print(g[1, 1], g[0, 2], 'X' in g, 'Z' in g, 'Z' not in g)
del g[1, 1]
print(g[1, 1], 'X' in g)
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[0, 0]
except KeyError as e:
    print('KeyError:', e)
print(bool(g), bool(Grid(0, 5)))
class Sliceable:
    def __getitem__(self, idx):
        return idx
s = Sliceable()
print(s[1], s[1:2], s[::2], s[1, 2], s['k'], s[:])
