def read(lines):
    for line in lines:
        yield line
def strip(lines):
    for line in lines:
        yield line.strip()
def non_empty(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f'{i}: {line}'
data = ['  alpha ', '', 'beta', '   ', ' gamma']
for out in numbered(non_empty(strip(read(data)))):
    print(out)
evens = (x for x in range(20) if x % 2 == 0)
squares = (x * x for x in evens)
small = (x for x in squares if x < 150)
print(list(small))
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(range(10))))
print(list(zip(running_sum([1, 1, 1]), 'abc')))
