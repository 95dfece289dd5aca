# Reads the whole iterator with list() to take its first item, so the rest is lost.
def next_or(iterator, default):
    items = list(iterator)
    return items[0] if items else default
