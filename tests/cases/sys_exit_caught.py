import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e), e.args)
try:
    sys.exit('msg')
except SystemExit as e:
    print('code is the message:', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('no arg:', e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
print('continuing')
sys.exit(0)
