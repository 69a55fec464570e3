l = [1, 2, 3, 4]
l.reverse(); print(l)
c = l.copy()
c.append(99)
print(l, c, c is l, c[:-1] == l)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('x')
print(nested, shallow)
alias = l
l.clear()
print(l, alias, len(alias))
e = []
e.reverse()
print(e, [5].copy(), list(reversed([1, 2, 3])))
