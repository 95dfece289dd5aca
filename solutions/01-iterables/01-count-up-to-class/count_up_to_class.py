"""An iterable class written by hand, with the iterator protocol."""
from collections.abc import Iterator


class CountUpTo:
    """Iterating gives 1, 2, ..., limit. Every iter() starts a fresh count."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __iter__(self) -> Iterator[int]:
        # A new iterator each time, so every loop starts again at 1.
        return CountUpToIterator(self.limit)


class CountUpToIterator:
    """One pass over 1, 2, ..., limit: the position lives here."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._current = 0

    def __iter__(self) -> "CountUpToIterator":
        return self

    def __next__(self) -> int:
        if self._current >= self._limit:
            raise StopIteration
        self._current += 1
        return self._current
