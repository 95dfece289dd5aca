# Reads the items into a list first: eager, so an endless source never yields a pair.
def pair_up(items):
    items = list(items)
    if len(items) % 2:
        raise ValueError(f"missing value for {items[-1]!r}")
    for i in range(0, len(items), 2):
        yield items[i], items[i + 1]
