print("start")
1 = x
