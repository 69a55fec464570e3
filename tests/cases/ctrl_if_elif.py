def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 5
if x:
    print('truthy')
if not []:
    print('empty list is falsy')
if x > 3:
    if x > 4:
        print('nested yes')
    else:
        print('nested no')
if 0:
    print('no')
elif '':
    print('no')
elif None:
    print('no')
else:
    print('else branch')
if x == 5: print('one-liner')
y = 1 if x else 2; print(y)
