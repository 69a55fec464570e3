s = 'héllo\n'
print(f'{s!r} {s!s} {"x"!r:>6}|')
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'a P'
p = P()
print(f'{p} {p!r} {p!s} {[p]}')
print(f'{[1, "a"]} {(1,)} {{"k": 1}} {None} {True}')
print(f'{"it" + chr(39) + "s"!r} {chr(34)!r}')
