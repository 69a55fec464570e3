def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case [x, *rest]:
            return x
        case {"k": k, **others}:
            return k
        case Point(x, y=0) if x > 0:
            return x
        case None:
            return None
        case _:
            return v
