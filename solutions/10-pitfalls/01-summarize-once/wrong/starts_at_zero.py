# Starts smallest and largest at 0 instead of at the first value: all-negative or all-positive inputs get a wrong end.
from typing import NamedTuple


class Summary(NamedTuple):
    count: int
    smallest: float
    largest: float
    mean: float


def summarize(values):
    count = 0
    total = 0
    smallest = largest = 0
    for value in values:
        count += 1
        total += value
        smallest = min(smallest, value)
        largest = max(largest, value)
    if count == 0:
        raise ValueError("summarize needs at least one value")
    return Summary(count, smallest, largest, total / count)
