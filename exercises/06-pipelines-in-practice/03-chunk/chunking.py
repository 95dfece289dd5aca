from collections.abc import Iterable, Iterator
from typing import Any


def chunk(iterable: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Yield the items of iterable in tuples of size (the last one may be shorter).

    Raises ValueError at once, when called, if size is less than 1.
    """
    # TODO: check size here, then return a generator that does the grouping.
    # (A generator function's body would only run at the first next(): too late for the check.)
    raise NotImplementedError
