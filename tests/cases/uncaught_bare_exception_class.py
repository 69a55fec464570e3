print('raising a class, not an instance')
raise IndexError
