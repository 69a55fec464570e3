rows = [
    ('Name', 'Qty', 'Price'),
    ('apple', 3, 0.5),
    ('banana', 12, 0.25),
    ('cherry', 100, 0.1),
    ('dragonfruit', 1, 4.75),
]
widths = [max(len(str(r[i])) if not isinstance(r[i], float) else len(f'{r[i]:.2f}') for r in rows) for i in range(3)]
print(widths)
def fmt(row):
    name, qty, price = row
    p = price if isinstance(price, str) else f'{price:.2f}'
    return f'| {name:<{widths[0]}} | {str(qty):>{widths[1]}} | {p:>{widths[2]}} |'
sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(sep)
print(fmt(rows[0]))
print(sep)
for r in rows[1:]:
    print(fmt(r))
print(sep)
total = sum(q * p for _, q, p in rows[1:])
print(f'total: {total:.2f} ({total!r})')
print(f"{'centered':^{sum(widths) + 8}}|")
