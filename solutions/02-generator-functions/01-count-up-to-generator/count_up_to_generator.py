"""count_up_to as a generator function."""
from collections.abc import Generator


def count_up_to(limit: int) -> Generator[int, None, None]:
    """Yield 1, 2, ..., limit.

    Raise TypeError unless `limit` is an int, and ValueError if it is
    negative: on the first next(), like any code in a generator's body.
    """
    if not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit}")
    for n in range(1, limit + 1):
        yield n
