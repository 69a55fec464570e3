import math
values = [1.0, 4.0, -9.0]
roots = []
for v in values:
    roots.append(math.sqrt(v))
    print(len(roots))
