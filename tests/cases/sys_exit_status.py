# An uncaught SystemExit with an int code: no traceback, that exit status.
import sys
print('before')
try:
    sys.exit(4)
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code, e.args)
try:
    raise SystemExit('msg')
except SystemExit as e:
    print('caught', e.code)
sys.stdout.flush()
sys.exit(3)
