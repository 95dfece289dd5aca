from collections.abc import Callable, Iterable, Iterator
from typing import Any


def lazy_filter(predicate: Callable[[Any], Any] | None, iterable: Iterable[Any]) -> Iterator[Any]:
    """Yield, lazily, the items of iterable for which predicate(item) is true.

    Like the built-in filter: a predicate of None keeps the truthy items.
    Write it as a generator, without calling filter().
    """
    for item in iterable:
        if (item if predicate is None else predicate(item)):
            yield item
