class Widget:
    pass
class Gadget(Widget):
    pass
w = Widget()
print(type(w).__name__, w.__class__.__name__, Widget.__name__, type(Gadget()).__name__)
for v in [1, 1.0, 'a', [], (), {}, set(), None, True, range(1), Widget, type]:
    print(type(v).__name__)
print(type(type(w)).__name__, type(w) is Widget, type(Widget) is type)
print(str(type(1)), repr(type('s')), type(None), Widget)
print(int, float, str, list, dict, bool, type)
