# Opens the outer list only, so lists nested deeper come out whole.
def flatten(value):
    if not isinstance(value, (list, tuple)):
        yield value
        return
    for item in value:
        if isinstance(item, (list, tuple)):
            yield from item
        else:
            yield item
