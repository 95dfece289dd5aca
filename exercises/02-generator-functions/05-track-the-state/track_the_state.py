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
        # TODO: resume the iterator with next(self._iterator), and keep
        # self._state right before the call, after it, and when it raises.
        raise NotImplementedError("Tracked.__next__ is not written yet")
