s = 'héllo'
print(len(s), s[0], s[1], s[-1], s[1:3], s[::-1])
j = '日本語テキスト'
print(len(j), j[0], j[2], j[-1], j[1:4], j[::2], j[::-1])
e = 'a😀b🎉c'
print(len(e), e[1], e[3], e[-1], e[1:4], e[::-1])
for ch in 'aé日😀':
    print(ch, ord(ch), len(ch))
print('é' + 'x', 'ü' * 3, '日本' < '本日', 'é' > 'z')
mixed = 'naïve café'
print(mixed.upper(), mixed.find('é'), mixed.index('ï'), mixed.count('a'))
print(list('ñ日😀'))
print(chr(233), chr(0x65e5), chr(0x1F600), chr(128512) == '😀')
print('Straße'.upper(), 'ΑΒΓ'.lower(), 'ǅ'.lower())
try:
    j[7]
except IndexError as ex:
    print('IndexError:', ex)
