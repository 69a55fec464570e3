print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(-2, 3), pow(0, 0), pow(10, 20))
print(pow(2, 200), pow(-3, 3), pow(1.5, 2))
print(pow(base=3, exp=4))
