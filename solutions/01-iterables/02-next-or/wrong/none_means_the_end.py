# Uses None as the end marker, so a None item is taken for the end.
def next_or(iterator, default):
    item = next(iterator, None)
    return default if item is None else item
