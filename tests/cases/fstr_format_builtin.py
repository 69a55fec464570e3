print(format(42), format(42, '5'), format(3.14159, '.2f'), format('s', '>3'), format(255, 'x'))
print(format(1234567, ','), format(-1.5, 'e'), format(0.5, '%'), format(True), format(None))
print('{:>8} {:<8}|'.format(1.5, 'x'))
print('{0:.{1}f}'.format(2.71828, 2))
print('{:{}}|'.format('a', 4))
print('{a}-{b}-{a}'.format(a=1, b=2))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    f'{"abc":,}'
except ValueError as e:
    print('ValueError:', e)
