# Returns the value carried by StopIteration when there is one, but that is a return value, not an item.
def next_or(iterator, default):
    try:
        return next(iterator)
    except StopIteration as stop:
        return default if stop.value is None else stop.value
