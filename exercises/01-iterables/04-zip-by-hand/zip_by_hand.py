"""zip for two iterables, written by hand as an iterator class."""
from collections.abc import Iterable
from typing import Generic, TypeVar

A = TypeVar("A")
B = TypeVar("B")


class Zip(Generic[A, B]):
    """Pairs up `first` and `second`: (a0, b0), (a1, b1), ... until either
    runs out. Pulls one item from each source per pair, only when asked."""

    def __init__(self, first: Iterable[A], second: Iterable[B]) -> None:
        # TODO: take one iterator from each source (but pull nothing yet)
        raise NotImplementedError("Zip is not written yet")

    def __iter__(self) -> "Zip[A, B]":
        return self

    def __next__(self) -> tuple[A, B]:
        # TODO: pull from the first, then the second; stop when either ends
        raise NotImplementedError("Zip.__next__ is not written yet")
