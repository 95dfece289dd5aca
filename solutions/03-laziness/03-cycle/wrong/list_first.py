# Reads the source into a list before yielding, which never finishes for an endless source.
def cycle(iterable):
    saved = list(iterable)
    if not saved:
        return
    while True:
        for item in saved:
            yield item
