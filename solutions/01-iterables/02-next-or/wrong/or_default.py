# Writes `next(...) or default`, which also replaces 0, '' and False.
def next_or(iterator, default):
    try:
        return next(iterator) or default
    except StopIteration:
        return default
