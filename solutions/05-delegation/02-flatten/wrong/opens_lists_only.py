# Checks type(value) is list, so tuples and subclasses of list stay whole.
def flatten(value):
    if type(value) is not list:
        yield value
        return
    for item in value:
        yield from flatten(item)
