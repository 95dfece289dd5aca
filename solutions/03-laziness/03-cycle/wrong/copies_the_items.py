# Saves a copy of each item, so later rounds hand out copies instead of the items themselves.
from copy import copy


def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(copy(item))
    if not saved:
        return
    while True:
        for item in saved:
            yield item
