# Catches Exception instead of StopIteration, so any error from the iterator becomes the default.
def next_or(iterator, default):
    try:
        return next(iterator)
    except Exception:
        return default
