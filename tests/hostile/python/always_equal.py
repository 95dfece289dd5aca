# expect: failed
# expect-text: so the checker cannot trust it
# Yields values that claim to equal whatever they are compared with (and survive sum()).


class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __add__(self, other):
        return self

    __radd__ = __add__
    __hash__ = object.__hash__


def chain(*iterables):
    # As many items as the real answer has, each claiming to be the right one.
    for iterable in iterables:
        for _ in iterable:
            yield Anything()
