from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any


def sliding_windows(iterable: Iterable[Any], n: int) -> Iterator[tuple[Any, ...]]:
    """Yield every run of n consecutive items of iterable, each as a tuple."""
    window = deque(maxlen=n)  # appending to a full deque drops the oldest item
    for item in iterable:
        window.append(item)
        if len(window) == n:
            yield tuple(window)  # a snapshot: the deque keeps changing
