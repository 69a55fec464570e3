for i in range(3):
    pass

def g():
    return 1

while True:
break
