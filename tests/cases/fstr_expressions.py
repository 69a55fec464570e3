a, b = 3, 4
print(f'{a} + {b} = {a + b}')
print(f'{a * b:>5}|{a / b}|{a // b}|{a ** b}')
print(f'{"nested " + "str"} {a if a > b else b} {max(a, b)}')
name = 'world'
print(f'Hello, {name.upper()}! {name[::-1]} {name[1:3]}')
print(f'{a}{b}{a}')
print(f'')
print(F'{a}' f'{b}' '{c}')
multi = (f'one {a}'
         f' two {b}')
print(multi)
print(f'{a:{"5"}}|')
print(f"{chr(65)}{'b'}")
