def batches(items, size):
    """Milestone 2. Yields the items of `items` in lists of `size` (the last one
    shorter, never an empty one), each a new list, pulling no item before it is
    needed."""
    raise NotImplementedError
