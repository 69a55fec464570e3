def f(d, k):
    try:
        v = d[k]
    except KeyError as e:
        return None
    finally:
        d.clear()
    return v
