pairs = [('a', 'b'), ('abc', 'abd'), ('abc', 'ab'), ('', 'a'), ('A', 'a'), ('Z', 'a'), ('10', '9'), ('é', 'e'), ('abc', 'abc')]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(sorted(['banana', 'Apple', 'cherry', 'apple', '', 'B']))
print(max('hello'), min('hello'), max(['aa', 'b']), 'abc' == 'ab' + 'c')
