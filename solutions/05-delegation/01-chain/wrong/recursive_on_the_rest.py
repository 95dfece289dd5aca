# Recurses on the rest of the iterables: one nested generator per iterable, so many iterables exceed the recursion limit.
def chain(*iterables):
    if not iterables:
        return
    first, *rest = iterables
    yield from first
    yield from chain(*rest)
