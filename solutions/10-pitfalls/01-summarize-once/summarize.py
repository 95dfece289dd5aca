"""Count, smallest, largest and mean of some numbers, from any iterable."""
from collections.abc import Iterable
from typing import NamedTuple


class Summary(NamedTuple):
    count: int
    smallest: float
    largest: float
    mean: float


def summarize(values: Iterable[float]) -> Summary:
    """Summarize values, reading them once. Raises ValueError if there are none."""
    count = 0
    total = 0.0
    smallest = largest = None
    for value in values:
        count += 1
        total += value
        if smallest is None or value < smallest:
            smallest = value
        if largest is None or value > largest:
            largest = value
    if count == 0:
        raise ValueError("summarize needs at least one value")
    return Summary(count, smallest, largest, total / count)
