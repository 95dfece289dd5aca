"""zip for two iterables, written by hand as an iterator class."""
from collections.abc import Iterable
from typing import Generic, TypeVar

A = TypeVar("A")
B = TypeVar("B")


class Zip(Generic[A, B]):
    """Pairs up `first` and `second`: (a0, b0), (a1, b1), ... until either
    runs out. Pulls one item from each source per pair, only when asked."""

    def __init__(self, first: Iterable[A], second: Iterable[B]) -> None:
        self._first = iter(first)
        self._second = iter(second)
        self._finished = False

    def __iter__(self) -> "Zip[A, B]":
        return self

    def __next__(self) -> tuple[A, B]:
        if self._finished:
            raise StopIteration
        try:
            # Pull from `first` before `second`: if `first` has ended,
            # no item of `second` is taken and lost.
            a = next(self._first)
            b = next(self._second)
        except StopIteration:
            self._finished = True
            raise
        return a, b
