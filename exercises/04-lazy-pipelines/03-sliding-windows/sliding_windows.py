from collections.abc import Iterable, Iterator
from typing import Any


def sliding_windows(iterable: Iterable[Any], n: int) -> Iterator[tuple[Any, ...]]:
    """Yield every run of n consecutive items of iterable, each as a tuple."""
    # TODO: keep the last n items; yield a tuple of them after each item once there are n.
    raise NotImplementedError
