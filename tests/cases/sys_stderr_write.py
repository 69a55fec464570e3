import sys
print('stdout line')
sys.stderr.write('stderr line 1\n')
print('stdout line 2')
sys.stderr.write('last stderr line\n')
sys.stderr.flush()
