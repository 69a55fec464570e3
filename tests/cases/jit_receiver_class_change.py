# A hot method call site whose receiver class changes mid-loop.
class A:
    def val(self, i):
        return i

class B(A):
    def val(self, i):
        return -i

class C:
    def __init__(self):
        self.k = 3
    def val(self, i):
        return i * self.k

def run(objs, n):
    total = 0
    for i in range(n):
        total += objs[i % len(objs)].val(i)
    return total

print(run([A()], 5000))
print(run([A(), B()], 5000))
print(run([A(), B(), C()], 5000))
A.val = lambda self, i: 1000
print(run([A(), B(), C()], 5000))
