"""count_up_to as a generator function."""
from collections.abc import Generator


def count_up_to(limit: int) -> Generator[int, None, None]:
    """Yield 1, 2, ..., limit.

    Raise TypeError unless `limit` is an int, and ValueError if it is
    negative: on the first next(), like any code in a generator's body.
    """
    # TODO: check limit, then yield 1 up to limit
    raise NotImplementedError("count_up_to is not written yet")
    yield  # makes this function a generator
