from collections.abc import Iterable, Iterator
from typing import Any


def chain(*iterables: Iterable[Any]) -> Iterator[Any]:
    """Yield the items of each iterable in turn: all of the first, then all of the second, ..."""
    # TODO: hand each iterable's items on, in order, without reading ahead.
    raise NotImplementedError
