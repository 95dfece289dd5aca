# Writes yield instead of yield from, so each iterable comes out as one item.
def chain(*iterables):
    for iterable in iterables:
        yield iterable
