count = 0
for i in range(100_000):
    d = {'id': i}
    e = {'peer': d}
    d['peer'] = e
    count += d['peer']['peer']['id'] & 7
print('checksum', count)
class Tree:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
s = 0
for i in range(5_000):
    root = Tree(None)
    for j in range(5):
        Tree(root)
    s += len(root.children) + (root.children[0].parent is root)
print('trees', s)
