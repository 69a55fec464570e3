import sys
print('to stdout 1')
print('to stderr', file=sys.stderr)
print('to stdout 2')
print('err', 'more', sep='-', file=sys.stderr)
print('to stdout 3', file=sys.stdout)
print('to stdout 4', file=None)
