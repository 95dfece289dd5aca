"""Acquire a resource lazily, delegate to a generator that uses it, release it exactly once."""
from collections.abc import Callable, Generator
from typing import TypeVar

Res = TypeVar("Res")
Y = TypeVar("Y")
S = TypeVar("S")
R = TypeVar("R")


def with_resource(
    acquire: Callable[[], Res],
    use: Callable[[Res], Generator[Y, S, R]],
    release: Callable[[Res], object],
) -> Generator[Y, S, R]:
    """On the first next(), acquire a resource, then behave exactly like use(resource), both ways.

    Release the resource exactly once, after use() has finished its own cleanup, however this ends.
    """
    # TODO: acquire, delegate to use(resource) in both directions, release exactly once
    raise NotImplementedError("with_resource() is not written yet")
