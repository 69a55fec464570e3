s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xxhixx'.lstrip('x')), repr('xxhixx'.rstrip('x')))
print(repr('abcHELLOcba'.strip('abc')), repr('www.example.com'.strip('cmowz.')))
print(repr(''.strip()), repr('   '.strip()), repr('a'.strip('a')), repr('ab'.strip('')))
print(repr('\u00a0nbsp\u00a0'.strip()))
print(repr('--==x==--'.strip('-=')), repr('  x  '.strip(None)))
