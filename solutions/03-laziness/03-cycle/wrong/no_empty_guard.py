# Has no guard for an empty source, so the endless loop never reaches a yield and the first next() never returns.
def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while True:
        for item in saved:
            yield item
