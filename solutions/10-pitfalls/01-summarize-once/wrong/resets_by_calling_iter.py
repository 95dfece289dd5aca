# "Rewinds" with iter(values) before each pass: that restarts a list, but a generator's iter() is the same spent generator.
from typing import NamedTuple


class Summary(NamedTuple):
    count: int
    smallest: float
    largest: float
    mean: float


def summarize(values):
    count = sum(1 for _ in iter(values))
    if count == 0:
        raise ValueError("summarize needs at least one value")
    return Summary(count, min(iter(values)), max(iter(values)), sum(iter(values)) / count)
