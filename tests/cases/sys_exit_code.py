import sys
print('before exit')
def leave():
    sys.exit(3)
try:
    leave()
finally:
    print('finally runs on sys.exit')
print('not printed')
