for v in (1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 1e-300, 2.0**53 + 0.5, float('inf'), float('nan')):
    print(v, v.is_integer())
print((7 / 7).is_integer(), (7 / 2).is_integer())
print(float.is_integer(3.0))
