"""Track an iterator's state the way inspect.getgeneratorstate() reports it."""
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

# The four names inspect.getgeneratorstate() uses.
CREATED = "GEN_CREATED"
RUNNING = "GEN_RUNNING"
SUSPENDED = "GEN_SUSPENDED"
CLOSED = "GEN_CLOSED"


class Tracked(Generic[T]):
    """Wraps a fresh (never resumed) iterator; `state` says where it is now."""

    def __init__(self, iterator: Iterator[T]) -> None:
        self._iterator = iterator
        self._state = CREATED

    @property
    def state(self) -> str:
        return self._state

    def __iter__(self) -> "Tracked[T]":
        return self

    def __next__(self) -> T:
        self._state = RUNNING
        try:
            item = next(self._iterator)
        except BaseException:
            # StopIteration (the end) or any error escaping the body: either
            # way the iterator is finished. Let the exception through as it is.
            self._state = CLOSED
            raise
        self._state = SUSPENDED
        return item
