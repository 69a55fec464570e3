import math
for f in (math.sin, math.cos, math.tan):
    print(f.__name__, [round(f(x), 10) for x in (0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi)])
print(math.sin(1), math.cos(1), math.tan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.asin(1), math.acos(1), math.atan(1))
print(math.degrees(math.pi), math.radians(180))
print(math.sin(0.0), math.cos(0.0), math.sin(-0.0))
