# A function redefined after it got hot (compiled) must be seen at the next call.
def f(x):
    return x + 1

def drive(n):
    total = 0
    for i in range(n):
        total += f(i)
    return total

print(drive(3000))
def f(x):
    return x * 2
print(drive(3000))
f = lambda x: -x
print(drive(3000))
