"""itertools.cycle, written as a generator."""
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def cycle(iterable: Iterable[T]) -> Generator[T, None, None]:
    """Yield the items of `iterable`, then the same items again, forever."""
    # TODO: yield each item as it arrives, remembering it; then repeat forever
    raise NotImplementedError("cycle is not written yet")
    yield  # makes this function a generator
