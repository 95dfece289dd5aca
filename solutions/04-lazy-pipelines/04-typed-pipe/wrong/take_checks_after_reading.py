# take_stage checks the count only after reading the next item, so it reads one item too many.
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
    def stage(source):
        count = 0
        for item in source:
            if count >= n:
                return
            count += 1
            yield item

    return stage


def pipe(source: Iterable[Any], *stages: Stage[Any, Any]) -> Iterable[Any]:
    """Feed source through stages, left to right; with no stages, return source."""
    return functools.reduce(lambda current, stage: stage(current), stages, source)
