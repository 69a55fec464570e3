def cleanup():
    raise RuntimeError('cleanup failed')
try:
    print('working')
    [][0]
except IndexError:
    cleanup()
