"""An iterable class written by hand, with the iterator protocol."""
from collections.abc import Iterator


class CountUpTo:
    """Iterating gives 1, 2, ..., limit. Every iter() starts a fresh count."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __iter__(self) -> Iterator[int]:
        # TODO: return a new iterator object: an instance of a second class
        # you write, with __iter__ and __next__ (no generator, no range).
        raise NotImplementedError("CountUpTo.__iter__ is not written yet")
