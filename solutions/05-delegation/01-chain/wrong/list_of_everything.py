# Builds one list of every item first: eager, and stuck on an endless iterable.
def chain(*iterables):
    yield from [item for iterable in iterables for item in iterable]
