# Builds a list with a comprehension: every item is read and tested before the first one is handed out.
def lazy_filter(predicate, iterable):
    if predicate is None:
        predicate = bool
    yield from [item for item in iterable if predicate(item)]
