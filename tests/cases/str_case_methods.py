words = ['hello', 'HELLO', 'hello world', "they're bill's friends", 'mIxEd CaSe', '123abc', 'ébène', '', 'a1b2', 'x-y_z']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase())
