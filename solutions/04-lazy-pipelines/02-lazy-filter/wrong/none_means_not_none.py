# Reads predicate=None as "drop the Nones", so 0, "" and [] are kept although they are false.
def lazy_filter(predicate, iterable):
    for item in iterable:
        if predicate is None:
            if item is not None:
                yield item
        elif predicate(item):
            yield item
