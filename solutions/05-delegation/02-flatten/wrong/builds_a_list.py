# Collects the leaves into a list with += and returns its iterator: everything is opened before the first leaf.
def flatten(value):
    if not isinstance(value, (list, tuple)):
        return iter([value])
    leaves = []
    for item in value:
        leaves += list(flatten(item))
    return iter(leaves)
