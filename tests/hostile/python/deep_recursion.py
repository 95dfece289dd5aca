# expect: failed
# expect-text: RecursionError
# Recursion through __repr__ (C code between the Python frames) without end.


class Nest:
    def __init__(self, depth):
        self.depth = depth

    def __repr__(self):
        return repr(Nest(self.depth + 1))


def chain(*iterables):
    repr(Nest(0))
    yield
