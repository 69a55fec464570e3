# ClassVar annotations (real and as strings) are not fields; InitVar as a string.
import typing
from typing import ClassVar
import dataclasses
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Counter:
    count: ClassVar[int] = 0
    label: "ClassVar[str]" = "counter"
    name: str = "n"
    other: "typing.ClassVar[int]" = 1
    init_only: "InitVar[int]" = 3
    plain: ClassVar = 5

    def __post_init__(self, init_only):
        Counter.count += init_only


c = Counter()
print(c, Counter.count, [f.name for f in fields(Counter)], list(Counter.__dataclass_fields__))
print(Counter.__dataclass_fields__["count"]._field_type, Counter.__dataclass_fields__["init_only"]._field_type)
print(Counter.__dataclass_fields__["other"]._field_type, Counter.__match_args__)
for body in ("x: ClassVar[list] = field(default_factory=list)", "x: ClassVar[int] = field(default=1, kw_only=True)",
             "x: InitVar[list] = field(default_factory=list)"):
    try:
        exec("@dataclass\nclass T:\n    " + body)
    except TypeError as e:
        print("TypeError", e)
