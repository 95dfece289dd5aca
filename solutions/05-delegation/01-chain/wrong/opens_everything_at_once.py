# Calls iter() on every iterable at the first next(), before the earlier ones are used up.
def chain(*iterables):
    iterators = [iter(iterable) for iterable in iterables]
    for iterator in iterators:
        yield from iterator
