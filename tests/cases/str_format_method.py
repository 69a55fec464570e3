print('{} + {} = {}'.format(1, 2, 3))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {1[k]} {2.real}'.format([10, 20], {'k': 'v'}, 5))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{:05d} {:.3f} {:,} {:x} {:X} {:o} {:b}'.format(42, 3.14159, 1234567, 255, 255, 8, 5))
print('{{literal}} {}'.format('x'))
print('{!r} {!s}'.format('q', 'q'))
print('{:*^11}'.format('mid'))
print('{0:{1}}|'.format('w', 5))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format(a=1)
except KeyError as e:
    print('KeyError:', e)
