# A generator function: the size check sits in its body, which runs only at the first next().
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any


def chunk(iterable: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Yield the items of iterable in tuples of size (the last one may be shorter).

    Raises ValueError at once, when called, if size is less than 1.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    iterator = iter(iterable)
    while batch := tuple(islice(iterator, size)):
        yield batch


def _chunks(iterator: Iterator[Any], size: int) -> Iterator[tuple[Any, ...]]:
    while batch := tuple(islice(iterator, size)):
        yield batch
