"""The first n items of any iterable, pulling no more than that."""
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def take(iterable: Iterable[T], n: int) -> Generator[T, None, None]:
    """Yield the first `n` items of `iterable`, pulling no more than it yields."""
    # TODO: yield the first n items; never pull an item you will not yield
    raise NotImplementedError("take is not written yet")
    yield  # makes this function a generator
