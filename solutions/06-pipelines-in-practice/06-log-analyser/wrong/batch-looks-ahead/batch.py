# Pulls the item after each full batch, to know whether another batch comes: an item read before it is needed.
from itertools import islice

_END = object()


def batches(items, size):
    """Pulls the item after each full batch, to know whether another batch comes (and never yield an empty one)."""
    items = iter(items)
    batch = list(islice(items, size))
    while batch:
        following = next(items, _END)
        yield batch
        batch = [] if following is _END else [following, *islice(items, size - 1)]
