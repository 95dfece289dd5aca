# Reads the next item before handing out the current one, so it always reads one item too many.
def lazy_filter(predicate, iterable):
    keep = bool if predicate is None else predicate
    iterator = iter(iterable)
    current = next(iterator, StopIteration)
    while current is not StopIteration:
        following = next(iterator, StopIteration)
        if keep(current):
            yield current
        current = following
