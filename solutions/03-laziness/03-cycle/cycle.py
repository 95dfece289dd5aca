"""itertools.cycle, written as a generator."""
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def cycle(iterable: Iterable[T]) -> Generator[T, None, None]:
    """Yield the items of `iterable`, then the same items again, forever."""
    # First pass: hand each item out as it arrives, and remember it.
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    # Without this, the loop below would spin forever without reaching a yield.
    if not saved:
        return
    while True:
        for item in saved:
            yield item
