import sys
n = sys.stdout.write('hello')
print()
print('write returned', n)
sys.stdout.write('a\n')
sys.stdout.write('b')
sys.stdout.write('c\n')
r = sys.stdout.write('')
print(r)
print('mixed', end=' ')
sys.stdout.write('with write\n')
sys.stdout.write('日本\n')
sys.stdout.flush()
print('after flush')
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError:', e)
