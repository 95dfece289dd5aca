"""The built-in range, written by hand as a reusable iterable."""
from collections.abc import Iterator


class Range:
    """start, start + step, start + 2*step, ... up to but not including `stop`
    (down to, for a negative step). Reusable: every loop starts again."""

    def __init__(self, start: float, stop: float, step: float = 1) -> None:
        # TODO: raise ValueError for a step of 0, and keep the arguments
        raise NotImplementedError("Range is not written yet")

    def __iter__(self) -> Iterator[float]:
        # TODO: return a new iterator object (a second class you write)
        raise NotImplementedError("Range.__iter__ is not written yet")
