# Wraps the result in a new generator even when there are no stages, so pipe(source) is not source itself.
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

# A lazy stage of a pipeline: takes an iterable of A, returns an iterator of B.
Stage = Callable[[Iterable[A]], Iterator[B]]


def map_stage(fn: Callable[[A], B]) -> Stage[A, B]:
    """A stage that yields fn(item) for every item, lazily."""
    return lambda source: (fn(item) for item in source)


def filter_stage(predicate: Callable[[A], bool]) -> Stage[A, A]:
    """A stage that yields the items for which predicate(item) is true, lazily."""
    return lambda source: (item for item in source if predicate(item))


def take_stage(n: int) -> Stage[A, A]:
    """A stage that yields the first n items and never reads another."""
    # islice counts inside each run: every source starts at 0.
    return lambda source: itertools.islice(source, n)


def pipe(source: Iterable[Any], *stages: Stage[Any, Any]) -> Iterable[Any]:
    """Feed source through stages, left to right; with no stages, return source."""
    return (item for item in functools.reduce(lambda current, stage: stage(current), stages, source))
