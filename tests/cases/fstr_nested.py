width = 10
prec = 3
val = 12.345678
print(f'[{val:{width}.{prec}f}]')
print(f'[{val:>{width}}]')
for w in range(3, 8, 2):
    print(f'[{"ab":^{w}}]')
fill = '*'
align = '>'
print(f'[{"x":{fill}{align}{width}}]')
d = {'a': 1, 'b': [1, 2, 3]}
print(f"{d['a']} {d['b'][-1]} {len(d)}")
print(f'{f"{1 + 1}"} {"inner":>{2 * 4}}')
print(f'{"{"}{"}"} {{}} {{{val:.1f}}}')
print(f'{x}' if (x := 5) else '')
print(f"{'a' if val > 10 else 'b'} {[i * i for i in range(4)]} {(lambda q: q + 1)(2)}")
