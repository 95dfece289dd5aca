# Reads the whole source into a list first, which never finishes for an endless source.
def take(iterable, n):
    items = list(iterable)
    for item in items[:max(n, 0)]:
        yield item
