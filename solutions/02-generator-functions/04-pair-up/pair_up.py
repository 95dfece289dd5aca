"""Pair up the items of an iterable, pulling from it with next()."""
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def pair_up(items: Iterable[T]) -> Generator[tuple[T, T], None, None]:
    """Yield the items two at a time: (a, b), (c, d), ...

    Finish when `items` runs out between two pairs. Raise ValueError
    ("missing value for ...") when it runs out in the middle of one.
    """
    it = iter(items)
    for first in it:  # the for loop handles the end between two pairs
        try:
            second = next(it)
        except StopIteration:
            # Escaping, this StopIteration would become a RuntimeError.
            raise ValueError(f"missing value for {first!r}") from None
        yield first, second
