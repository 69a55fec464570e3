class LinkedList:
    class _Node:
        def __init__(self, value, next=None):
            self.value = value
            self.next = next
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
ll = LinkedList([1, 2, 3])
print(ll, len(ll), list(ll), ll[0], ll[-1])
ll.push(0)
ll.reverse()
print(ll, 2 in ll, 9 in ll, sum(ll))
while ll:
    print('pop', ll.pop())
try:
    ll.pop()
except IndexError as e:
    print('IndexError:', e)
big = LinkedList(range(1000))
big.reverse()
print(big[0], big[999], len(big))
try:
    big[1000]
except IndexError as e:
    print('IndexError:', e)
