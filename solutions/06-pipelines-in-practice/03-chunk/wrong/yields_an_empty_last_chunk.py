# Stops only after an empty chunk, and yields that empty chunk too.
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any


def chunk(iterable: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Yield the items of iterable in tuples of size (the last one may be shorter).

    Raises ValueError at once, when called, if size is less than 1.
    """
    # A plain function runs as soon as it is called, so the check happens now...
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    # ...while the generator it returns does nothing until the first next().
    return _chunks(iter(iterable), size)


def _chunks(iterator: Iterator[Any], size: int) -> Iterator[tuple[Any, ...]]:
    while True:
        batch = tuple(islice(iterator, size))
        yield batch
        if not batch:
            return
