class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, it=()):
        self.head = None
        self.size = 0
        for x in it:
            self.append(x)
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.prepend(0)
ll.reverse()
print(ll, ll[0], ll[-1], ll[2])
print(ll.remove(1), ll.remove(42), ll)
print(list(ll), sum(ll), max(ll), sorted(ll))
print(LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
n = Node(1)
try:
    n.other = 5
except AttributeError as e:
    print("AttributeError:", e)

class BST:
    class _N:
        def __init__(self, k):
            self.k = k
            self.l = self.r = None
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node, k):
            if node is None:
                return BST._N(k)
            if k < node.k:
                node.l = ins(node.l, k)
            elif k > node.k:
                node.r = ins(node.r, k)
            return node
        self.root = ins(self.root, k)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return list(walk(self.root))
    def preorder(self):
        out, st = [], [self.root] if self.root else []
        while st:
            n = st.pop()
            out.append(n.k)
            if n.r: st.append(n.r)
            if n.l: st.append(n.l)
        return out
    def levels(self):
        res, level = [], [self.root]
        while level:
            res.append([n.k for n in level])
            level = [c for n in level for c in (n.l, n.r) if c]
        return res
    def height(self, n=0):
        def h(n):
            return 0 if n is None else 1 + max(h(n.l), h(n.r))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.l if k < n.k else n.r
        return False

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder())
print(t.preorder())
print(t.levels())
print(t.height(), 35 in t, 36 in t)
words = BST()
for w in "pear apple fig banana cherry apple".split():
    words.insert(w)
print(words.inorder(), words.levels())
