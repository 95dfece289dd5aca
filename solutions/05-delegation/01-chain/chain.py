from collections.abc import Iterable, Iterator
from typing import Any


def chain(*iterables: Iterable[Any]) -> Iterator[Any]:
    """Yield the items of each iterable in turn: all of the first, then all of the second, ..."""
    for iterable in iterables:
        yield from iterable
