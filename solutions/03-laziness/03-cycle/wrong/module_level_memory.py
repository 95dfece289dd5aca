# Remembers the items in a module-level list, so two cycles share (and mix) their saved items.
saved = []


def cycle(iterable):
    saved.clear()
    for item in iterable:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        for item in saved:
            yield item
