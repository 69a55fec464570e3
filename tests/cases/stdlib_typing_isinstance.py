# isinstance/issubclass with typing aliases and unions.
import typing
from typing import *
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: isinstance([], List)); t(lambda: isinstance({}, Dict)); t(lambda: isinstance(1, Union[int, str])); t(lambda: isinstance(1, Optional[str]))
t(lambda: isinstance([], List[int])); t(lambda: isinstance(1, Any)); t(lambda: issubclass(bool, Union[int, str])); t(lambda: issubclass(list, List))
t(lambda: isinstance((), Tuple)); t(lambda: isinstance(1, (str, Union[int, None])))
