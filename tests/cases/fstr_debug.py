x = 10
name = 'Ann'
print(f'{x=}')
print(f'{x = }')
print(f'{name=}')
print(f'{name=!s}')
print(f'{x*2=}')
print(f'{x=:5}|')
print(f'{3.14159=:.2f}')
items = [1, 2]
print(f'{items=} {len(items)=}')
