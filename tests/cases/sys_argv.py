import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith('sys_argv.py'))
print(all(isinstance(a, str) for a in sys.argv))
