# Loops over the source again for every round, which gets nothing the second time from a one-shot source.
def cycle(iterable):
    while True:
        empty = True
        for item in iterable:
            empty = False
            yield item
        if empty:
            return
