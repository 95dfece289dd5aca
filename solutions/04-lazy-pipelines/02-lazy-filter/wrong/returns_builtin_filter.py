# Hands the work to the built-in filter, which returns a filter object, not a generator of its own.
def lazy_filter(predicate, iterable):
    return filter(predicate, iterable)
