from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

# A lazy stage of a pipeline: takes an iterable of A, returns an iterator of B.
Stage = Callable[[Iterable[A]], Iterator[B]]


def map_stage(fn: Callable[[A], B]) -> Stage[A, B]:
    """A stage that yields fn(item) for every item, lazily."""
    # TODO: return a function that maps each item of its source.
    raise NotImplementedError


def filter_stage(predicate: Callable[[A], bool]) -> Stage[A, A]:
    """A stage that yields the items for which predicate(item) is true, lazily."""
    # TODO
    raise NotImplementedError


def take_stage(n: int) -> Stage[A, A]:
    """A stage that yields the first n items and never reads another."""
    # TODO
    raise NotImplementedError


def pipe(source: Iterable[Any], *stages: Stage[Any, Any]) -> Iterable[Any]:
    """Feed source through stages, left to right; with no stages, return source."""
    # TODO: apply each stage to the result of the one before.
    raise NotImplementedError
