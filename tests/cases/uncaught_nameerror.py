def compute():
    return qqq_undefined_zz * 2
print('start')
compute()
