"""The first n items of any iterable, pulling no more than that."""
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def take(iterable: Iterable[T], n: int) -> Generator[T, None, None]:
    """Yield the first `n` items of `iterable`, pulling no more than it yields."""
    if n <= 0:
        return
    count = 0
    for item in iterable:
        yield item
        count += 1
        # Check after the yield: at the top of the loop it would be too late,
        # because the for loop has already pulled the next item by then.
        if count >= n:
            return
