samples = ['123', '12.3', 'abc', 'ABC', 'aBc', 'abc123', ' ', ' \t\n', '', 'Hello World', 'hello world', 'HELLO 1', 'é', 'a b', '_']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
