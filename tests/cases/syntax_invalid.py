print("ok")
x = = 2
