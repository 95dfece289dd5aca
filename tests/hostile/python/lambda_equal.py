# expect: failed
# expect-text: so the checker cannot trust it
# The same, with __eq__ given as a lambda in a class made by type().

Anything = type('Anything', (), {'__eq__': lambda self, other: True, '__hash__': None, '__radd__': lambda self, other: self})


def chain(*iterables):
    for iterable in iterables:
        for _ in iterable:
            yield Anything()
