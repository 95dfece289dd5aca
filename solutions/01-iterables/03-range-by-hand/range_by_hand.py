"""The built-in range, written by hand as a reusable iterable."""
from collections.abc import Iterator


class Range:
    """start, start + step, start + 2*step, ... up to but not including `stop`
    (down to, for a negative step). Reusable: every loop starts again."""

    def __init__(self, start: float, stop: float, step: float = 1) -> None:
        if step == 0:
            raise ValueError("Range() step must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self) -> Iterator[float]:
        # The position belongs to the iterator, so each loop starts at `start`.
        return RangeIterator(self.start, self.stop, self.step)


class RangeIterator:
    """One pass over a Range, computing each number when it is pulled."""

    def __init__(self, start: float, stop: float, step: float) -> None:
        self._current, self._stop, self._step = start, stop, step

    def __iter__(self) -> "RangeIterator":
        return self

    def __next__(self) -> float:
        if self._step > 0 and self._current >= self._stop:
            raise StopIteration
        if self._step < 0 and self._current <= self._stop:
            raise StopIteration
        value = self._current
        self._current += self._step
        return value
