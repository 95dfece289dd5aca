# Fixes the count with sum(1 for _ in values), then reads values again for min, max and sum: the generator is empty by then.
from typing import NamedTuple


class Summary(NamedTuple):
    count: int
    smallest: float
    largest: float
    mean: float


def summarize(values):
    count = sum(1 for _ in values)
    if count == 0:
        raise ValueError("summarize needs at least one value")
    return Summary(count, min(values), max(values), sum(values) / count)
