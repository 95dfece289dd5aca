# Forgets that predicate may be None and calls it anyway.
def lazy_filter(predicate, iterable):
    for item in iterable:
        if predicate(item):
            yield item
