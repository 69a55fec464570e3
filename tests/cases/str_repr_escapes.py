for s in ["it's", 'a"b', 'both \' and "', '\n\t\\', 'é', '\x00', '\x7f', '\x1b[0m', 'tab\there', '日本', '😀', '\r', '', ' ', '\\n', "\x80", '\xa0']:
    print(repr(s), len(s))
print(str('a\nb'))
print(['a', "it's", 'q"'], ('\t',), {'k\n': 'v'})
print(repr(repr('x')))
