"""The Fibonacci numbers, forever."""
from collections.abc import Iterator


def fibonacci() -> Iterator[int]:
    """Yield 0, 1, 1, 2, 3, 5, 8, ... and never finish."""
    # TODO: keep the last two numbers in local variables and yield forever
    raise NotImplementedError("fibonacci is not written yet")
    yield  # makes this function a generator
