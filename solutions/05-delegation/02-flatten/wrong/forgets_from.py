# Writes yield instead of yield from, so each nested list comes out as a generator object.
def flatten(value):
    if not isinstance(value, (list, tuple)):
        yield value
        return
    for item in value:
        if isinstance(item, (list, tuple)):
            yield flatten(item)
        else:
            yield item
