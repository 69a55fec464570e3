print("before")
if True
    print("x")
