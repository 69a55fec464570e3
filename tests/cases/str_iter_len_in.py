s = 'hello world'
print(len(s), len(''), len(' '), len('\n\t'))
for i, c in enumerate(s):
    print(i, c)
print('lo' in s, 'low' in s, 'o w' in s, 'x' not in s)
print(list('abc'), tuple('xy'), sorted('banana'))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
