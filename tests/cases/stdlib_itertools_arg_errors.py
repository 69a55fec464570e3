# itertools argument errors: the messages of CPython's C argument parsing.
import itertools as it
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: it.islice(range(10), 2.5)); t(lambda: list(it.islice(range(10), True))); t(lambda: it.count(1, 'a')); t(lambda: it.repeat(1, 'a'))
t(lambda: it.combinations('abc', 'x')); t(lambda: it.product(1)); t(lambda: it.permutations(5)); t(lambda: list(it.accumulate([1, 'a'])))
t(lambda: it.permutations('abc', 1.5)); t(lambda: it.product('ab', repeat='x')); t(lambda: it.tee([1], 1.5)); t(lambda: list(it.starmap(pow, [1])))
t(lambda: it.groupby()); t(lambda: it.chain.from_iterable(5)); t(lambda: list(it.chain.from_iterable(5)))
t(lambda: list(it.zip_longest(fillvalue=1))); t(lambda: it.compress('a')); t(lambda: it.cycle()); t(lambda: it.accumulate())
t(lambda: list(it.islice('abcdef', 1, 5, 2))); t(lambda: list(it.islice('abc', None, None, None))); t(lambda: list(it.islice('abcdef', 2, None)))
t(lambda: it.count(start=5)); t(lambda: it.repeat(object='x', times=2)); t(lambda: list(it.repeat(times=2, object='y')))
t(lambda: list(it.accumulate([1, 2], initial=None))); t(lambda: list(it.combinations(iterable='abc', r=2))); t(lambda: list(it.permutations(iterable='ab')))
t(lambda: [list(g) for k, g in it.groupby(iterable='aab')])
t(lambda: list(it.pairwise([]))); t(lambda: list(it.dropwhile(lambda x: True, [])))
for name, args in [('starmap', ()), ('dropwhile', ()), ('takewhile', (1,)), ('filterfalse', ()), ('pairwise', ()), ('compress', ()), ('tee', ()), ('zip_longest', ()), ('product', ()), ('chain', ()), ('islice', ()), ('count', (1,2,3)), ('repeat', (1,2,3)), ('cycle', (1,2)), ('pairwise', (1,2)), ('starmap', (1,2,3)), ('groupby', (1,2,3)), ('accumulate', (1,2,3)), ('combinations', ('a',1,2)), ('permutations', ('a',1,2)), ('tee', (1,2,3))]:
    try: getattr(it, name)(*args); print(name, 'ok')
    except Exception as e: print(name, type(e).__name__, e)
for name, kw in [('starmap', {'function': len}), ('dropwhile', {'predicate': len}), ('cycle', {'iterable': 'a'}), ('pairwise', {'iterable': 'a'}), ('chain', {'x': 1}), ('tee', {'n': 1}), ('compress', {'data': 'a', 'selectors': [1]}), ('accumulate', {'iterable': [1], 'func': None}), ('combinations', {'iterable': 'ab', 'r': 1, 'q': 2}), ('permutations', {'x': 1})]:
    try: getattr(it, name)(**kw); print(name, 'ok')
    except Exception as e: print(name, type(e).__name__, e)
