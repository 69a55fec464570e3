class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
checksum = 0
for i in range(200_000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    checksum += a.other.v - b.other.v
    if i % 50_000 == 0:
        print('iteration', i, checksum)
print('done', checksum)
