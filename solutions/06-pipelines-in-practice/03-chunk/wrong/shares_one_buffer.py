# Collects items in a module-level list that keeps the last, short chunk, so the next call starts with leftovers.
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


_buffer: list[Any] = []


def _chunks(iterator: Iterator[Any], size: int) -> Iterator[tuple[Any, ...]]:
    for item in iterator:
        _buffer.append(item)
        if len(_buffer) == size:
            yield tuple(_buffer)
            _buffer.clear()
    if _buffer:
        yield tuple(_buffer)
