# Splits values into four copies with itertools.tee: one read, but tee buffers every value (as much memory as a list) and an empty input raises ZeroDivisionError, not ValueError.
from itertools import tee
from typing import NamedTuple


class Summary(NamedTuple):
    count: int
    smallest: float
    largest: float
    mean: float


def summarize(values):
    a, b, c, d = tee(values, 4)
    count = sum(1 for _ in a)
    return Summary(count, min(b, default=0), max(c, default=0), sum(d) / count)
