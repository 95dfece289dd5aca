# Checks for __iter__ at the call, but only calls iter() at the first next().
def scaled(values, factor):
    if not hasattr(values, "__iter__"):
        raise TypeError(f"{type(values).__name__!r} object is not iterable")
    return _scale(values, factor)


def _scale(values, factor):
    for value in values:
        yield value * factor
