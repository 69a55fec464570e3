class StorageError(Exception):
    pass
def read(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as exc:
        raise StorageError(f'cannot read {key!r}') from exc
print(read('a'))
read('b')
