class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
    def __iter__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items

class Queue:
    def __init__(self, items=()):
        self.inbox = list(items)
        self.outbox = []
    def enqueue(self, x):
        self.inbox.append(x)
    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
    def __len__(self):
        return len(self.inbox) + len(self.outbox)
    def __str__(self):
        return "Queue<" + ", ".join(map(str, self.outbox[::-1] + self.inbox)) + ">"

s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), bool(s), s.peek(), 9 in s, 10 in s, list(s))
while s:
    print("pop", s.pop(), end="; ")
print()
print(s, bool(s), len(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

def balanced(expr):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = Stack()
    for ch in expr:
        if ch in '([{':
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for e in ["(a[b]{c})", "((", "([)]", "", "{[()()]}", "}"]:
    print(repr(e), balanced(e))

def rpn(tokens):
    st = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b, '//': lambda a, b: a // b, '**': lambda a, b: a ** b}
    for t in tokens.split():
        if t in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[t](a, b))
        else:
            st.append(float(t) if '.' in t else int(t))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 100 **"), rpn("7 2 /"), rpn("7 2 //"), rpn("1.5 2 *"))

q = Queue([1, 2])
q.enqueue(3)
print(q, len(q))
print(q.dequeue())
q.enqueue(4)
print(q, q.dequeue(), q.dequeue(), q, len(q))
try:
    Queue().dequeue()
except IndexError as e:
    print("IndexError:", e)

lst = []
try:
    lst.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
d = {}
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)

# circular buffer
class Ring:
    def __init__(self, n):
        self.buf = [None] * n
        self.n = n
        self.start = 0
        self.size = 0
    def push(self, x):
        idx = (self.start + self.size) % self.n
        self.buf[idx] = x
        if self.size < self.n:
            self.size += 1
        else:
            self.start = (self.start + 1) % self.n
    def items(self):
        return [self.buf[(self.start + i) % self.n] for i in range(self.size)]
r = Ring(3)
for i in range(7):
    r.push(i)
    print(r.items())
