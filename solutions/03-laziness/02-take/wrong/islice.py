# Hands the work to itertools.islice, which raises ValueError for a negative n instead of taking nothing.
from itertools import islice


def take(iterable, n):
    yield from islice(iterable, n)
