d = {'a': 1, 'n': None}
print(d.get('a'), d.get('z'), d.get('z', 'dflt'), d.get('n', 'dflt'), d.get('a', 0))
print(d.setdefault('a', 99), d.setdefault('b', []), d.setdefault('c'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
